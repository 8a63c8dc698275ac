/**
 * Start-up behaviour of the NNGT Workbench product: opening a model given with {@code -Dnngt.open=<file>}
 * (the product has no native launcher, so there is no {@code --launcher.openFile}), and the smoke-test hook
 * selected with {@code -Dnngt.smoke.marker=<file>}.
 */
package nngt.workbench.ui.startup;
