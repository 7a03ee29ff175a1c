package io.copydesk.internal.json;

/** A JSON syntax or shape problem; the message is short and fit for a one-line report. */
public final class JsonException extends RuntimeException {
    public JsonException(String message) {
        super(message, null, false, false);
    }
}
