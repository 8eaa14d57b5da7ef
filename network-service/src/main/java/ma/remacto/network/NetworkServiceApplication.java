package ma.remacto.network;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Network membership: collectivities, admission, charter, committees, network activities. */
@SpringBootApplication
public class NetworkServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(NetworkServiceApplication.class, args);
    }
}
