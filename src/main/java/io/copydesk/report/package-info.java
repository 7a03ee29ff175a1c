/**
 * The HTML report of a run: its data (duplicate groups, stories, cleaning per outlet, distributions) gathered
 * from the engine's results, and one self-contained page that draws it; also the input records written back
 * with the run's verdicts.
 */
package io.copydesk.report;
