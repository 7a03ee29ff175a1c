package io.copydesk.generate;

/** One line (or block of lines) of a site's page template around the story. */
sealed interface Furniture {
    /** The same text on every page of the site: masthead, share prompt, newsletter, copyright. */
    record Fixed(String line) implements Furniture {}

    /** The article's date after a fixed prefix, written the site's way. */
    record DateLine(String prefix, boolean spelledOut) implements Furniture {}

    /** "By" and one of the site's reporters. */
    record Byline() implements Furniture {}

    /** The headline repeated inside the page text. */
    record Headline() implements Furniture {}

    /** A heading and 3-5 short headlines of other stories, different on every page. */
    record LinkList(String heading) implements Furniture {}
}
