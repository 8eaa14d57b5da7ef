package ma.remacto.reporting.web;

import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.web.Page;
import ma.remacto.reporting.chain.ChainHeadEntry;
import ma.remacto.reporting.chain.ChainLink;
import ma.remacto.reporting.chain.ChainReads;
import org.apache.kafka.common.TopicPartition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hash chains over the context topics, for anyone to compare with what they recompute: the
 * head of each partition and the link at every record.
 */
@RestController
class ChainController {

    private final ChainReads chain;

    ChainController(ChainReads chain) {
        this.chain = chain;
    }

    @GetMapping("/api/chain")
    Page<ChainHeadEntry> heads(@RequestParam(required = false) String after,
                               @RequestParam(required = false) Integer limit) {
        return chain.heads(cursor(after), Page.limit(limit));
    }

    @GetMapping("/api/chain/links")
    Page<ChainLink> links(@RequestParam String topic,
                          @RequestParam int partition,
                          @RequestParam(defaultValue = "0") long from,
                          @RequestParam(required = false) Integer limit) {
        if (from < 0) {
            throw new InvalidCommand("invalid-offset", "from must be an offset, 0 or more");
        }
        int bounded = Page.limit(limit);
        if (chain.head(topic, partition).isEmpty()) {
            throw new NotFound("chain", topic + "/" + partition);
        }
        return chain.links(topic, partition, from, bounded);
    }

    /** A heads cursor is {@code topic/partition} (topic names never contain a slash). */
    private static TopicPartition cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        int slash = after.lastIndexOf('/');
        try {
            return new TopicPartition(after.substring(0, slash), Integer.parseInt(after.substring(slash + 1)));
        } catch (RuntimeException e) {
            throw new InvalidCommand("invalid-cursor", "'" + after + "' is not a cursor returned by this list");
        }
    }
}
