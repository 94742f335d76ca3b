package uz.fikr.demo;

import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import uz.fikr.demo.ReaderGroup.Language;

/**
 * Free-text comments of the demo in Uzbek (Latin script, with the letters oʻ and gʻ, and Cyrillic), Russian and
 * English. A comment matches the reader's satisfaction and, where it names a service, the service visited. None
 * mentions a person.
 */
final class DemoComments {

    enum Tone { POSITIVE, NEUTRAL, NEGATIVE }

    private record Comment(Language language, Tone tone, @Nullable String service, String text) {}

    private static final List<Comment> COMMENTS = List.of(
            uz(Tone.POSITIVE, null, "Kutubxonachilar juda xushmuomala, rahmat!"),
            uz(Tone.POSITIVE, "reading_room", "Oʻquv zali toza va shinam, oʻqish uchun juda qulay."),
            uz(Tone.POSITIVE, "lending", "Yangi kitoblar koʻp, bolalarim bilan har hafta kelamiz."),
            uz(Tone.POSITIVE, "events", "Yozuvchi bilan uchrashuv juda qiziqarli oʻtdi, yana tashkil qilinglar."),
            uz(Tone.POSITIVE, "digital", "Elektron katalog orqali kerakli kitobni tez topdim."),
            uz(Tone.NEUTRAL, null, "Umuman yaxshi, lekin ish vaqti qisqa, shanba kuni ham ishlasa yaxshi boʻlardi."),
            uz(Tone.NEUTRAL, "lending", "Kitoblar bor, ammo baʼzi darsliklar eskirgan."),
            uz(Tone.NEUTRAL, null, "Xizmat oʻrtacha, navbat biroz uzoq boʻldi."),
            uz(Tone.NEGATIVE, "reading_room", "Oʻquv zalida joy yetishmaydi, imtihon paytida oʻtirishga joy yoʻq."),
            uz(Tone.NEGATIVE, "digital", "Internet juda sekin, elektron resurslardan foydalanib boʻlmadi."),
            uz(Tone.NEGATIVE, null, "Zal juda shovqinli, diqqatni jamlab boʻlmaydi, gʻala-gʻovur koʻp."),
            uz(Tone.NEGATIVE, "lending", "Kerakli darslikni topolmadim, navbat ham juda uzun."),
            cyrillic(Tone.POSITIVE, null, "Кутубхоначилар жуда хушмуомала, раҳмат!"),
            cyrillic(Tone.POSITIVE, "reading_room", "Ўқув зали тоза ва шинам, ўқиш учун қулай."),
            cyrillic(Tone.POSITIVE, "events", "Китобхонлар кечаси жуда ёқди, яна ўтказинглар."),
            cyrillic(Tone.NEUTRAL, null, "Умуман яхши, лекин иш вақти қисқа."),
            cyrillic(Tone.NEUTRAL, "lending", "Баъзи китоблар эскирган, янги нашрлар керак."),
            cyrillic(Tone.NEGATIVE, "reading_room", "Ўқув залида жой етишмайди."),
            cyrillic(Tone.NEGATIVE, "digital", "Интернет жуда секин ишлайди, компьютерлар эски."),
            cyrillic(Tone.NEGATIVE, null, "Навбат узун, хизмат секин."),
            russian(Tone.POSITIVE, null, "Отличная библиотека, очень вежливые сотрудники."),
            russian(Tone.POSITIVE, "reading_room", "Удобный читальный зал, тихо и светло."),
            russian(Tone.POSITIVE, "events", "Понравилась встреча с писателем, спасибо организаторам!"),
            russian(Tone.POSITIVE, "reference", "Помогли быстро найти источники для курсовой."),
            russian(Tone.NEUTRAL, "lending", "В целом неплохо, но хотелось бы больше новых книг."),
            russian(Tone.NEUTRAL, null, "Нормально, но режим работы неудобный для работающих."),
            russian(Tone.NEGATIVE, "reading_room", "В читальном зале не хватает мест, особенно во время сессии."),
            russian(Tone.NEGATIVE, "digital", "Wi-Fi почти не работает, электронные ресурсы недоступны."),
            russian(Tone.NEGATIVE, null, "Долго ждала в очереди, каталог устарел."),
            english(Tone.POSITIVE, null, "Friendly staff and a great selection of new books."),
            english(Tone.POSITIVE, "reading_room", "The reading room is quiet and comfortable."),
            english(Tone.POSITIVE, "reference", "The reference desk found every article I needed for my thesis."),
            english(Tone.POSITIVE, "events", "Loved the author talk last week, thank you!"),
            english(Tone.NEUTRAL, null, "Good overall, but the opening hours are too short."),
            english(Tone.NEUTRAL, "lending", "Decent collection, though some textbooks are outdated."),
            english(Tone.NEGATIVE, "reading_room", "Not enough seats in the reading room during exams."),
            english(Tone.NEGATIVE, "digital", "The Wi-Fi kept dropping, so I could not use the e-resources."),
            english(Tone.NEGATIVE, null, "Long queue at the lending desk and nobody to ask."));

    private DemoComments() {}

    static Tone toneOf(int satisfaction) {
        return satisfaction >= 4 ? Tone.POSITIVE : satisfaction == 3 ? Tone.NEUTRAL : Tone.NEGATIVE;
    }

    /** A comment in that language and tone, about the visited service or about nothing in particular. */
    static String pick(RandomGenerator random, Language language, Tone tone, @Nullable String visitedService) {
        List<String> fitting = COMMENTS.stream()
                .filter(comment -> comment.language() == language && comment.tone() == tone)
                .filter(comment -> comment.service() == null || comment.service().equals(visitedService))
                .map(Comment::text)
                .toList();
        return fitting.get(random.nextInt(fitting.size()));
    }

    static List<String> all() {
        return COMMENTS.stream().map(Comment::text).toList();
    }

    private static Comment uz(Tone tone, @Nullable String service, String text) {
        return new Comment(Language.UZBEK_LATIN, tone, service, text);
    }

    private static Comment cyrillic(Tone tone, @Nullable String service, String text) {
        return new Comment(Language.UZBEK_CYRILLIC, tone, service, text);
    }

    private static Comment russian(Tone tone, @Nullable String service, String text) {
        return new Comment(Language.RUSSIAN, tone, service, text);
    }

    private static Comment english(Tone tone, @Nullable String service, String text) {
        return new Comment(Language.ENGLISH, tone, service, text);
    }
}
