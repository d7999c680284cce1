/**
 * Quizzes, question banks and questionnaires, plugged into the programme through the unit
 * interface that training-core defines. Arrives with the assessment issue; the module exists
 * now so the build and the dependency rules hold from the start.
 */
package eu.s3learning.assessment;
