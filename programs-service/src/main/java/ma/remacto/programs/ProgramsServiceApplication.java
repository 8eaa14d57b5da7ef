package ma.remacto.programs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Open action programs: axes, projects, adoption, execution, evaluation. */
@SpringBootApplication
public class ProgramsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProgramsServiceApplication.class, args);
    }
}
