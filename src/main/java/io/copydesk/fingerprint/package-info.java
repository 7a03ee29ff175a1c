/**
 * The one pass from an article to everything the use cases need of it: a {@link
 * io.copydesk.fingerprint.Fingerprint} holds the metadata, the boilerplate line keys, the kept and removed lines,
 * the shingle set, the MinHash signature and the index terms, made by a {@link io.copydesk.fingerprint.Fingerprinter}
 * and stored in a versioned byte layout.
 */
package io.copydesk.fingerprint;
