package org.openasm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** OpenASM: the working system behind the IGF guidance for governments on managing ASM. */
@SpringBootApplication
public class OpenAsmApplication {

	public static void main(String[] args) {
		SpringApplication.run(OpenAsmApplication.class, args);
	}
}
