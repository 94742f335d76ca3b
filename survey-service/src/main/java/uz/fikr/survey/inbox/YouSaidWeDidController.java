package uz.fikr.survey.inbox;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.fikr.survey.form.ReaderLanguage;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;

/** The public "you said, we did" list as JSON, for anyone: published entries, newest first. */
@RestController
class YouSaidWeDidController {

    private final YouSaidWeDidStore store;

    YouSaidWeDidController(YouSaidWeDidStore store) {
        this.store = store;
    }

    /** @param lang only the entries written in this language ({@code uz}, {@code uz-Latn}, {@code uz-Cyrl}, …) */
    @GetMapping("/api/v1/you-said-we-did")
    List<PublicEntry> list(@RequestParam(required = false) @Nullable String lang) {
        String language = null;
        if (lang != null) {
            language = ReaderLanguage.fromParam(lang).map(ReaderLanguage::tag).orElseThrow(() ->
                    new InvalidRequestException(List.of(FieldError.of("lang", "inbox.language.invalid"))));
        }
        return store.published(language).stream().map(PublicEntry::of).toList();
    }

    /** What readers may see of an entry: not which reader's comment it came from. */
    record PublicEntry(String youSaid, String weDid, String language, Instant updatedAt) {

        static PublicEntry of(YouSaidWeDidEntry entry) {
            return new PublicEntry(entry.youSaid(), entry.weDid(), entry.language(), entry.updatedAt());
        }
    }
}
