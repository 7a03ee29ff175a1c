import jdk.jfr.consumer.*;
import java.nio.file.*;
import java.util.*;

/** usage: Jfr FILE ROOT_METHOD_SUBSTRING [depthBelowRoot] : inclusive counts of frames below root, and self counts */
public class Jfr {
    public static void main(String[] a) throws Exception {
        String root = a[1];
        int depth = a.length > 2 ? Integer.parseInt(a[2]) : 3;
        Map<String, Integer> incl = new HashMap<>(), self = new HashMap<>(), paths = new HashMap<>();
        int total = 0, under = 0, truncated = 0;
        try (RecordingFile rf = new RecordingFile(Path.of(a[0]))) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
                total++;
                RecordedStackTrace st = e.getStackTrace();
                if (st == null) continue;
                if (st.isTruncated()) truncated++;
                List<RecordedFrame> fr = st.getFrames();
                int r = -1;
                for (int i = fr.size() - 1; i >= 0; i--) if (name(fr.get(i)).contains(root)) { r = i; break; }
                if (r < 0) continue;
                under++;
                Set<String> seen = new HashSet<>();
                for (int i = r - 1; i >= 0; i--) { String n = name(fr.get(i)); if (seen.add(n)) incl.merge(n, 1, Integer::sum); }
                self.merge(name(fr.get(0)), 1, Integer::sum);
                StringBuilder p = new StringBuilder();
                for (int i = r - 1; i >= Math.max(0, r - depth); i--) p.append(i == r - 1 ? "" : " > ").append(name(fr.get(i)));
                paths.merge(p.toString(), 1, Integer::sum);
            }
        }
        System.out.println("samples " + total + ", under " + root + ": " + under + ", truncated " + truncated);
        print("inclusive", incl, 40); print("self", self, 30); print("paths", paths, 40);
    }
    static String name(RecordedFrame f) { var m = f.getMethod(); String t = m.getType().getName(); return t.substring(t.lastIndexOf('.') + 1) + "." + m.getName(); }
    static void print(String h, Map<String, Integer> m, int n) {
        System.out.println("== " + h);
        m.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(n).forEach(x -> System.out.printf("%6d %s%n", x.getValue(), x.getKey()));
    }
}
