package io.copydesk.eval;

/** A bad line in an evaluation input file; the message is one line: {@code file:line: problem}. */
public final class EvalDataException extends RuntimeException {
    public EvalDataException(String message) {
        super(message, null, false, false);
    }
}
