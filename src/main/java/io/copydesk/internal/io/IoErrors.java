package io.copydesk.internal.io;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/** The reason an I/O operation failed, in words a user understands, without Java class names. */
public final class IoErrors {
    private IoErrors() {}

    public static String reason(IOException e) {
        return switch (e) {
            case AccessDeniedException x -> "permission denied" + where(x);
            case NoSuchFileException x -> "no such file or directory" + where(x);
            case NotDirectoryException x -> "not a directory" + where(x);
            case DirectoryNotEmptyException x -> "directory not empty" + where(x);
            case FileSystemLoopException x -> "symbolic link loop" + where(x);
            case FileSystemException x when x.getReason() != null -> x.getReason() + where(x);
            case EOFException x -> x.getMessage() != null && x.getMessage().contains("ZLIB")
                    ? "compressed data ends early (a truncated .gz file?)" : "unexpected end of file";
            case ZipException x -> "not valid gzip data" + (x.getMessage() == null ? "" : " (" + x.getMessage() + ")");
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
    }

    /** The path a file-system error names, when it is a temporary or inner path the user did not give. */
    private static String where(FileSystemException x) {
        return x.getFile() == null ? "" : " (" + x.getFile() + ")";
    }
}
