package io.copydesk.cli.options;

import io.copydesk.analysis.AnalysisConfig;
import io.copydesk.analysis.Boilerplate;
import io.copydesk.analysis.BoilerplateConfig;
import io.copydesk.analysis.TokenizerKind;
import io.copydesk.cli.ExitCode;
import io.copydesk.cli.UserException;
import io.copydesk.cli.terminal.StageTimes;
import io.copydesk.cli.terminal.Terminal;
import io.copydesk.cli.terminal.TerminalProgress;
import io.copydesk.document.Article;
import io.copydesk.document.BadInputException;
import io.copydesk.document.InputSet;
import io.copydesk.document.ReadProblems;
import io.copydesk.document.RecordFields;
import io.copydesk.engine.Corpus;
import io.copydesk.engine.Progress;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and analysis options shared by every command that reads articles. */
public final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "JSONL or JSON file (.jsonl, .json, also .gz), CSV or TSV file with a header row, directory of .txt "
                    + "or .html pages, such a page, directory of .jsonl part files (holding no page), or - for JSON on stdin.")
    public List<String> inputs;

    @Option(names = "--shingle", paramLabel = "K", defaultValue = "" + AnalysisConfig.DEFAULT_SHINGLE,
            description = "Words per shingle, 1-16 (default: ${DEFAULT-VALUE}).")
    int shingle = AnalysisConfig.DEFAULT_SHINGLE; // each default here is also the annotation's: a run without picocli starts from these

    @Option(names = "--tokenizer", paramLabel = "KIND", defaultValue = "simple",
            description = "OpenNLP tokenizer: simple (rule-based, fast) or learnable (TokenizerME model). Default: ${DEFAULT-VALUE}.")
    TokenizerKind tokenizer = TokenizerKind.simple;

    @Option(names = "--keep-boilerplate", description = "Do not remove page furniture (bylines, share prompts, link lists, repeated lines).")
    boolean keepBoilerplate;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Output is identical for every value.")
    public Integer threads;

    @Option(names = "--strict", description = "Stop at the first bad record (exit 4) instead of reporting and skipping it.")
    public boolean strict;

    /** {@link InputSet#DEFAULT_MAX_ARTICLE_BYTES} as --help shows it (ByteSizeTest checks the two agree); the Spark job's default too. */
    public static final String DEFAULT_MAX_ARTICLE_BYTES = "16M";

    // the defaults are InputSet's (ByteSizeTest checks them)
    @Option(names = "--max-article-bytes", paramLabel = "BYTES", defaultValue = DEFAULT_MAX_ARTICLE_BYTES, converter = ByteSize.class,
            description = "Skip records larger than this, with a warning; k, M or G for KiB, MiB, GiB (default: ${DEFAULT-VALUE}).")
    long maxArticleBytes = InputSet.DEFAULT_MAX_ARTICLE_BYTES;

    @Option(names = "--max-input-bytes", paramLabel = "BYTES", defaultValue = "8G", converter = ByteSize.class,
            description = "Most bytes buffered from an input that cannot be read twice (- for stdin, a pipe, a FIFO), "
                    + "in a private temporary folder deleted at exit (default: ${DEFAULT-VALUE}).")
    long maxInputBytes = InputSet.DEFAULT_MAX_INPUT_BYTES;

    @Option(names = "--field", paramLabel = "PART=NAME",
            description = "Read the articles' PART (id, title, text, date, source or url) from the JSONL field NAME, "
                    + "for a collection that names it otherwise (common other names, content or maintext for the text, are read without it); repeatable (e.g. --field text=article_body --field title=page_title).")
    Map<String, String> fields;

    @Option(names = "--records", paramLabel = "PATH",
            description = "In a JSON file whose records sit in a list inside an object, the list's field (dots step into nested "
                    + "objects): --records articles for NewsAPI's responses, --records hits.hits for Elasticsearch's.")
    String records;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on stderr (problems are still reported).")
    public boolean quiet;

    @Option(names = "--timings", description = "At the end, print on stderr each stage's wall and CPU time (also with --quiet).")
    boolean timings;

    public int threads(CommandLine cl) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 1024) throw new CommandLine.ParameterException(cl, "--threads must be in [1, 1024], was " + n);
        return n;
    }

    AnalysisConfig analysis(CommandLine cl) {
        if (shingle < 1 || shingle > 16) throw new CommandLine.ParameterException(cl, "--shingle must be in [1, 16], was " + shingle);
        return new AnalysisConfig(shingle, AnalysisConfig.DEFAULT_SEED, tokenizer,
                keepBoilerplate ? BoilerplateConfig.OFF : BoilerplateConfig.DEFAULT, AnalysisConfig.DEFAULT_HASHES);
    }

    /**
     * Sets this class's option {@code name} (a flag when {@code value} is null) from a plain command
     * line ({@link PlainValues}); false when it is not one of them or its value is not plain.
     */
    public boolean take(String name, String value) {
        switch (name) {
            case "--shingle" -> { return (shingle = PlainValues.toInt(value)) >= 0; }
            case "--tokenizer" -> { return (tokenizer = PlainValues.toEnum(TokenizerKind.class, value)) != null; }
            case "--threads" -> { int n = PlainValues.toInt(value); threads = n; return n >= 0; }
            case "--max-article-bytes" -> { return (maxArticleBytes = ByteSize.parse(value)) >= 0; }
            case "--max-input-bytes" -> { return (maxInputBytes = ByteSize.parse(value)) >= 0; }
            case "--keep-boilerplate" -> { return keepBoilerplate = value == null; }
            case "--strict" -> { return strict = value == null; }
            case "--quiet" -> { return quiet = value == null; }
            case "--timings" -> { return timings = value == null; }
            default -> { return false; }
        }
    }

    /** Throws the usage error {@link #open} would for the size limits, or stdin named twice (a check before any work). */
    public void checkLimits(CommandLine cl) {
        if (inputs.indexOf("-") != inputs.lastIndexOf("-")) throw new CommandLine.ParameterException(cl, "'-' (stdin) can be given only once");
        if (maxArticleBytes < 1) throw new CommandLine.ParameterException(cl, "--max-article-bytes must be positive, was " + maxArticleBytes);
        if (maxInputBytes < 1) throw new CommandLine.ParameterException(cl, "--max-input-bytes must be positive, was " + maxInputBytes);
        recordFields(cl);
    }

    /** The JSONL fields the articles are read from: the defaults, renamed by {@code --field}, in the list {@code --records} names. */
    public RecordFields recordFields(CommandLine cl) {
        RecordFields f = renamed(cl, fields);
        try {
            return records == null ? f : f.withRecords(records);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--records: " + e.getMessage());
        }
    }

    /** The default fields with the parts {@code --field} renames ({@code fields}: part -> field, or null); a bad one is a usage error. */
    public static RecordFields renamed(CommandLine cl, Map<String, String> fields) {
        try {
            return fields == null ? RecordFields.DEFAULT : RecordFields.renamed(fields);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--field: " + e.getMessage());
        }
    }

    public InputSet open(CommandLine cl) {
        checkLimits(cl);
        try {
            opened = InputSet.of(inputs, System.in, maxArticleBytes, maxInputBytes, recordFields(cl));
            return opened;
        } catch (BadInputException e) {
            throw new UserException(ExitCode.IO, e.getMessage());
        }
    }

    private InputSet opened;

    /**
     * The exit code of a run whose results are written: OK, or (with a closing line) 3 or 4 when an
     * input could be read only in part, so a script never takes partial results for complete ones.
     */
    public int exitCode(PrintWriter err) {
        if (stageTimes != null) stageTimes.print(err);
        if (opened == null || !opened.incomplete()) return ExitCode.OK;
        err.println(Terminal.summary("an input could be read only in part (see above); results cover the records that were read"));
        return opened.incompleteIo() ? ExitCode.IO : ExitCode.DATA;
    }

    private StageTimes stageTimes; // with --timings: one for the whole run

    public Progress progress(PrintWriter err) {
        Progress display = quiet ? Progress.NONE : TerminalProgress.forStderr(err);
        if (!timings) return display;
        if (stageTimes == null) stageTimes = new StageTimes(display);
        return stageTimes;
    }

    /** Reads the inputs once (first pass), reporting bad records; fails when nothing usable is left. */
    public Corpus scan(CommandLine cl, InputSet inputSet, PrintWriter err) {
        return scan(cl, inputSet, err, null, null);
    }

    /**
     * As {@link #scan(CommandLine, InputSet, PrintWriter)}, with {@code work} done on every
     * accepted article during the pass ({@link Corpus#scan(InputSet, io.copydesk.analysis.AnalysisConfig,
     * ReadProblems, io.copydesk.engine.Progress, int, BiFunction, List)}).
     */
    public <T> Corpus scan(CommandLine cl, InputSet inputSet, PrintWriter err, BiFunction<Article, Boilerplate.Builder, Corpus.Scanned<T>> work,
                           List<T> results) {
        ReadProblems problems = new ReadProblems(err, strict);
        Corpus corpus;
        try {
            corpus = work == null ? Corpus.scan(inputSet, analysis(cl), problems, progress(err), threads(cl))
                    : Corpus.scan(inputSet, analysis(cl), problems, progress(err), threads(cl), work, results);
        } catch (BadInputException e) {
            throw new UserException(e.isIo() ? ExitCode.IO : ExitCode.DATA, e.getMessage());
        } finally {
            problems.printOmitted();
        }
        if (problems.summary() != null) err.println("copydesk: " + problems.summary());
        if (corpus.size() == 0) throw new UserException(ExitCode.DATA, "no usable article in " + String.join(", ", inputs));
        return corpus;
    }
}
