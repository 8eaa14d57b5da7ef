package ma.remacto.participation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Co-creation: processes, stations, attendance, proposals, consultations and votes. */
@SpringBootApplication
public class ProposalsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProposalsServiceApplication.class, args);
    }
}
