/**
 * Articles and their inputs: the {@link io.copydesk.document.Article} record, and the readers of JSONL, CSV,
 * {@code .txt} and {@code .html} files, folders and gzip, which repair each record (mojibake, markup, Unicode's
 * composed form) and report bad ones with their place in the input.
 */
package io.copydesk.document;
