package vn.planflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files (documents, evidence) live in a directory, addressed by id; never in process variables. */
@Service
public class FileStore {
    private final Path root;
    private final StoredFileRepository files;

    public FileStore(@Value("${planflow.files.dir}") String dir, StoredFileRepository files) {
        this.root = Path.of(dir);
        this.files = files;
    }

    /** Writes to a temporary name first, so a crash never leaves half a file under a real id. */
    @Transactional
    public StoredFile save(String name, String contentType, byte[] content) {
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(root);
            Path tmp = root.resolve(id + ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, root.resolve(id), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store file " + name, e);
        }
        return files.save(new StoredFile(id, name, contentType, content.length));
    }

    @Transactional(readOnly = true)
    public StoredFile metadata(String id) {
        return files.findById(id).orElseThrow(() -> new NotFoundException("fileId", "Không tìm thấy tệp"));
    }

    public byte[] read(String id) {
        try {
            return Files.readAllBytes(root.resolve(metadata(id).getId()));
        } catch (IOException e) {
            throw new NotFoundException("fileId", "Tệp không còn trong kho lưu trữ");
        }
    }
}
