/**
 * Content packages and their runtimes (SCORM, cmi5, native pages), plugged into the programme
 * through the unit interface that training-core defines. Arrives with the courseware issue;
 * the module exists now so the build and the dependency rules (courseware depends on
 * training-core, never on platform-web) hold from the start.
 */
package eu.s3learning.courseware;
