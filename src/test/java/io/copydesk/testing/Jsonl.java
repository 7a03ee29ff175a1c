package io.copydesk.testing;

import io.copydesk.document.Article;
import io.copydesk.document.ArticleJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes test articles as a JSONL file. */
public final class Jsonl {
    private Jsonl() {}

    public static Path write(Path file, List<Article> articles) {
        StringBuilder sb = new StringBuilder();
        for (Article a : articles) sb.append(ArticleJson.toLine(a)).append('\n');
        try {
            return Files.writeString(file, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
