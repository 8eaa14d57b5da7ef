package ma.remacto.kit.web;

import org.springframework.http.ResponseEntity;

import java.net.URI;

/** The answer to a create: {@code 201}, a {@code Location} header and the new id. */
public record Created(String id) {

    public static ResponseEntity<Created> at(String collectionPath, String id) {
        return ResponseEntity.created(URI.create(collectionPath + "/" + id)).body(new Created(id));
    }
}
