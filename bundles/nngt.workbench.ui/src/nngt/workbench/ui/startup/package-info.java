/**
 * Start-up behaviour of the NNGT Workbench product: opening a model given with {@code -Dnngt.open=<file>}
 * (the product has no native launcher, so there is no {@code --launcher.openFile}), the smoke-test hook
 * selected with {@code -Dnngt.smoke.marker=<file>}, and the install test's run of the opened model selected with
 * {@code -Dnngt.smoke.run=<simulator>} as well.
 */
package nngt.workbench.ui.startup;
