package ma.remacto.chaos;

/**
 * The run's ports, all above a base and below the kernel's ephemeral range, away from a developer's
 * local run (8080…) and from tests' random ports as far as a fixed choice can be: gateway instance k
 * on base+80+10k, the services on the next four, their actuators on base+180+100k…, PostgreSQL on
 * base+432, Kafka on base+492.
 */
record Ports(int base) {

    int gateway() {
        return base + 80;
    }

    int firstService() {
        return base + 81;
    }

    int management() {
        return base + 180;
    }

    int postgres() {
        return base + 432;
    }

    int kafka() {
        return base + 492;
    }
}
