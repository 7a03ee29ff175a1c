package io.copydesk.generate;

import java.time.LocalDate;

/** Page addresses: https://domain/section/yyyy/mm/dd/headline-slug-hash. */
final class Urls {
    private static final int MAX_SLUG = 60;
    private final StringBuilder sb = new StringBuilder(160);

    String url(String domain, String section, LocalDate date, String title, long random) {
        sb.setLength(0);
        sb.append("https://").append(domain).append('/').append(section).append('/').append(date.getYear()).append('/');
        twoDigits(date.getMonthValue());
        sb.append('/');
        twoDigits(date.getDayOfMonth());
        sb.append('/');
        int start = sb.length();
        boolean dash = false;
        for (int i = 0; i < title.length() && sb.length() - start < MAX_SLUG; i++) {
            char c = Character.toLowerCase(title.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash) sb.append('-');
                sb.append(c);
                dash = false;
            } else {
                dash = sb.length() > start;
            }
        }
        sb.append('-').append(Long.toHexString(random >>> 24));
        return sb.toString();
    }

    private void twoDigits(int v) {
        if (v < 10) sb.append('0');
        sb.append(v);
    }
}
