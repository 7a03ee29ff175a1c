/**
 * Stable, seeded 64-bit hashing of text and of hash sequences, whose values are part of copydesk's stored
 * formats and never change between versions.
 */
package io.copydesk.hash;
