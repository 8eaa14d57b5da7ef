package ma.remacto.events.reporting;

import ma.remacto.events.PublishedEvent;

import java.util.List;

/**
 * reporting-service published the heads of the hash chains it keeps over the context topics
 * (see {@link ma.remacto.events.chain.HashChain}); anyone holding the topics can recompute the
 * links and compare. Sent periodically when a head moved.
 *
 * @param heads the head of every chained topic partition
 */
@PublishedEvent(context = "reporting")
public record ChainHeadsPublishedEvent(List<ChainHead> heads) {
}
