package io.copydesk.cli;

/**
 * The jar's main class: {@link Main#main} behind a class with no other method. The launcher finds
 * the main method by reflection, which loads every type a method of the class names; on
 * {@link Main} that was picocli's {@code CommandLine} (Java 5 bytecode, outside the AOT cache) on
 * every run, 10-15 ms of a short one, including the plain dedup runs that never use picocli.
 */
public final class Start {
    private Start() {}

    public static void main(String[] args) {
        Main.main(args);
    }
}
