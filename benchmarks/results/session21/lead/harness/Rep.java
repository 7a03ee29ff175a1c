public class Rep {
    public static void main(String[] a) throws Exception {
        int n = Integer.parseInt(a[0]);
        String[] args = java.util.Arrays.copyOfRange(a, 1, a.length);
        for (int i = 0; i < n; i++) {
            System.err.println("REP " + i);
            int rc = io.copydesk.cli.Main.run(args);
            if (rc != 0) throw new IllegalStateException("rc " + rc);
        }
    }
}
