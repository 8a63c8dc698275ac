/**
 * NNGT's construction idioms over the EMF network model: groups, populations
 * ({@link nngt.model.api.NeuralPop#fromGroups}, {@link nngt.model.api.NeuralPop#excAndInhib}),
 * distributions, units, synapse-specification resolution and XMI persistence.
 *
 * <p>Every method checks its arguments once and throws {@link IllegalArgumentException} with a
 * message that names the argument, the offending value and what would be valid.
 */
package nngt.model.api;
