/**
 * MinHash signatures of shingle sets by one-permutation hashing with densification: a fixed-size sketch whose
 * bins agree between two sets about as often as their Jaccard similarity, to propose candidates cheaply.
 */
package io.copydesk.minhash;
