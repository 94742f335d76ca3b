package uz.fikr.demo;

import java.util.List;
import uz.fikr.events.FeedbackCategory;

/**
 * Online feedback of the demo in Uzbek (Latin script, with oʻ and gʻ, and Cyrillic), Russian and English: in every
 * language each category about everyday matters, and texts that tell the history's story ({@link HistoryStory})
 * where and when it happened. None mentions a person.
 */
final class FeedbackTexts {

    /** When and where a text fits. */
    enum Topic {
        /** Any branch, any time. */
        EVERYDAY,
        /** Yunusobod before readers settled into its extension. */
        CROWDED,
        /** Yunusobod after. */
        EXTENDED,
        /** Central during its repairs. */
        REPAIRS,
        /** The first half of the digital services' catching up. */
        DIGITAL_BEHIND,
        /** The second half. */
        DIGITAL_CAUGHT_UP;

        boolean fits(String branch, HistoryStory.Moment moment) {
            return switch (this) {
                case EVERYDAY -> true;
                case CROWDED -> branch.equals("yunusobod") && moment.crowding() > 0.5;
                case EXTENDED -> branch.equals("yunusobod") && moment.crowding() <= 0.5;
                case REPAIRS -> branch.equals("central") && moment.repairs();
                case DIGITAL_BEHIND -> moment.digitalLag() > 0.5;
                case DIGITAL_CAUGHT_UP -> moment.digitalLag() <= 0.5;
            };
        }
    }

    record Text(String language, FeedbackCategory category, String serviceArea, Topic topic, String text) {}

    private static final FeedbackCategory COMPLAINT = FeedbackCategory.COMPLAINT;
    private static final FeedbackCategory SUGGESTION = FeedbackCategory.SUGGESTION;
    private static final FeedbackCategory PRAISE = FeedbackCategory.PRAISE;
    private static final FeedbackCategory QUESTION = FeedbackCategory.QUESTION;

    static final List<Text> ALL = List.of(
            uz(COMPLAINT, "lending", Topic.EVERYDAY,
                    "Kechki payt abonementda faqat bitta xodim ishlaydi, navbat juda uzun."),
            uz(COMPLAINT, "space", Topic.EVERYDAY, "Zalda havo dim, konditsioner ishlamaydi."),
            uz(SUGGESTION, "collections", Topic.EVERYDAY,
                    "Oʻzbek va ingliz tilidagi zamonaviy badiiy kitoblarni koʻpaytiringlar."),
            uz(SUGGESTION, "events", Topic.EVERYDAY,
                    "Dam olish kunlari yoshlar uchun kitobxonlar klubi ochilsa yaxshi boʻlardi."),
            uz(PRAISE, "staff", Topic.EVERYDAY, "Kutubxonachilar doim yordam berishga tayyor, katta rahmat!"),
            uz(PRAISE, "events", Topic.EVERYDAY,
                    "Yozuvchi bilan uchrashuv ajoyib oʻtdi, bolalarim juda xursand boʻldi."),
            uz(QUESTION, "reference", Topic.EVERYDAY,
                    "Dissertatsiya uchun adabiyotlar roʻyxatini tuzib berish xizmati bormi?"),
            uz(QUESTION, "lending", Topic.EVERYDAY, "Kitob qaytarish muddatini onlayn uzaytirsa boʻladimi?"),
            uz(COMPLAINT, "reading_rooms", Topic.CROWDED, "Oʻquv zalida boʻsh joy yoʻq, Wi-Fi esa deyarli ishlamaydi."),
            uz(PRAISE, "reading_rooms", Topic.EXTENDED,
                    "Yangi oʻquv zali yorugʻ va keng, endi joy bemalol topiladi. Rahmat!"),
            uz(COMPLAINT, "space", Topic.REPAIRS,
                    "Taʼmir tufayli oʻquv zallarining yarmi yopiq, abonement ham boshqa qavatga koʻchgan."),
            uz(QUESTION, "space", Topic.REPAIRS, "Taʼmir qachon tugaydi? Ikkinchi qavatdagi zal qachon ochiladi?"),
            uz(COMPLAINT, "digital", Topic.DIGITAL_BEHIND,
                    "Elektron katalogda kitob bor deyilgan, javonda esa yoʻq. Saytga uydan kirib boʻlmaydi."),
            uz(PRAISE, "digital", Topic.DIGITAL_CAUGHT_UP,
                    "Yangi mobil ilova orqali kitobni oldindan band qildim, juda qulay!"),
            cyrillic(COMPLAINT, "lending", Topic.EVERYDAY,
                    "Кечки пайт абонементда фақат битта ходим ишлайди, навбат жуда узун."),
            cyrillic(COMPLAINT, "space", Topic.EVERYDAY, "Залда ҳаво дим, кондиционер ишламайди."),
            cyrillic(SUGGESTION, "collections", Topic.EVERYDAY,
                    "Ўзбек тилидаги янги бадиий китоблар кўпроқ бўлса яхши бўларди."),
            cyrillic(SUGGESTION, "lending", Topic.EVERYDAY,
                    "Китоб қайтариш учун қутини кутубхона эшиги олдига қўйинглар."),
            cyrillic(PRAISE, "staff", Topic.EVERYDAY, "Кутубхоначилар жуда хушмуомала ва ёрдамга доим тайёр, раҳмат!"),
            cyrillic(PRAISE, "events", Topic.EVERYDAY, "Шеърият кечаси ажойиб ўтди, ташкилотчиларга раҳмат."),
            cyrillic(QUESTION, "lending", Topic.EVERYDAY, "Якшанба куни кутубхона ишлайдими?"),
            cyrillic(QUESTION, "accessibility", Topic.EVERYDAY, "Кўзи ожизлар учун аудиокитоблар борми?"),
            cyrillic(COMPLAINT, "reading_rooms", Topic.CROWDED, "Ўқув залида бўш жой йўқ, Wi-Fi эса деярли ишламайди."),
            cyrillic(PRAISE, "reading_rooms", Topic.EXTENDED,
                    "Янги ўқув зали ёруғ ва кенг, энди жой бемалол топилади. Раҳмат!"),
            cyrillic(COMPLAINT, "space", Topic.REPAIRS, "Таъмир туфайли ўқув залларининг ярми ёпиқ, шовқин ҳам кўп."),
            cyrillic(QUESTION, "space", Topic.REPAIRS, "Таъмир қачон тугайди? Иккинчи қаватдаги зал қачон очилади?"),
            cyrillic(COMPLAINT, "digital", Topic.DIGITAL_BEHIND,
                    "Электрон каталогга уйдан кириб бўлмайди, сайт жуда секин."),
            cyrillic(PRAISE, "digital", Topic.DIGITAL_CAUGHT_UP,
                    "Янги мобил илова орқали китобни олдиндан банд қилдим, жуда қулай!"),
            russian(COMPLAINT, "lending", Topic.EVERYDAY,
                    "Вечером на абонементе работает один сотрудник, очередь очень длинная."),
            russian(COMPLAINT, "space", Topic.EVERYDAY, "В зале душно, кондиционер не работает."),
            russian(SUGGESTION, "collections", Topic.EVERYDAY,
                    "Добавьте, пожалуйста, больше современной прозы на узбекском и английском."),
            russian(SUGGESTION, "events", Topic.EVERYDAY,
                    "Было бы здорово открыть книжный клуб для молодёжи по выходным."),
            russian(PRAISE, "staff", Topic.EVERYDAY, "Очень вежливые и внимательные библиотекари, спасибо!"),
            russian(PRAISE, "reference", Topic.EVERYDAY,
                    "За один день подобрали литературу для диссертации, огромное спасибо."),
            russian(QUESTION, "lending", Topic.EVERYDAY, "Можно ли продлить срок возврата книги онлайн?"),
            russian(QUESTION, "accessibility", Topic.EVERYDAY, "Есть ли в библиотеке книги шрифтом Брайля?"),
            russian(COMPLAINT, "reading_rooms", Topic.CROWDED,
                    "В читальном зале нет свободных мест, а Wi-Fi почти не работает."),
            russian(PRAISE, "reading_rooms", Topic.EXTENDED,
                    "Новый читальный зал просторный и светлый, теперь место есть всегда. Спасибо!"),
            russian(COMPLAINT, "space", Topic.REPAIRS,
                    "Из-за ремонта половина читальных залов закрыта, абонемент перенесли на другой этаж."),
            russian(QUESTION, "space", Topic.REPAIRS, "Когда закончится ремонт? Когда откроют зал на втором этаже?"),
            russian(COMPLAINT, "digital", Topic.DIGITAL_BEHIND,
                    "Электронный каталог показывает, что книга есть, а на полке её нет. С сайта из дома не войти."),
            russian(PRAISE, "digital", Topic.DIGITAL_CAUGHT_UP,
                    "Забронировала книгу заранее через новое мобильное приложение, очень удобно!"),
            english(COMPLAINT, "lending", Topic.EVERYDAY,
                    "Only one librarian at the lending desk in the evening, and the queue is very long."),
            english(COMPLAINT, "space", Topic.EVERYDAY, "The hall is stuffy and the air conditioning does not work."),
            english(SUGGESTION, "collections", Topic.EVERYDAY,
                    "Please add more contemporary fiction in Uzbek and English."),
            english(SUGGESTION, "events", Topic.EVERYDAY, "A weekend book club for young adults would be great."),
            english(PRAISE, "staff", Topic.EVERYDAY, "Very kind and helpful librarians, thank you!"),
            english(PRAISE, "reference", Topic.EVERYDAY,
                    "The reference desk found every source for my thesis within a day."),
            english(QUESTION, "lending", Topic.EVERYDAY, "Can I renew a loan online?"),
            english(QUESTION, "accessibility", Topic.EVERYDAY, "Do you have books in Braille or large print?"),
            english(COMPLAINT, "reading_rooms", Topic.CROWDED,
                    "No free seats in the reading room, and the Wi-Fi barely works."),
            english(PRAISE, "reading_rooms", Topic.EXTENDED,
                    "The new reading room is bright and spacious; there is always a seat now. Thank you!"),
            english(COMPLAINT, "space", Topic.REPAIRS,
                    "Half of the reading rooms are closed for repairs and the lending desk has moved upstairs."),
            english(QUESTION, "space", Topic.REPAIRS,
                    "When will the repairs finish? When does the second-floor reading room reopen?"),
            english(COMPLAINT, "digital", Topic.DIGITAL_BEHIND,
                    "The catalogue says the book is in, but it is not on the shelf. The website won't open from home."),
            english(PRAISE, "digital", Topic.DIGITAL_CAUGHT_UP,
                    "Reserved a book in advance with the new mobile app, very convenient!"));

    private FeedbackTexts() {}

    private static Text uz(FeedbackCategory category, String serviceArea, Topic topic, String text) {
        return new Text("uz-Latn", category, serviceArea, topic, text);
    }

    private static Text cyrillic(FeedbackCategory category, String serviceArea, Topic topic, String text) {
        return new Text("uz-Cyrl", category, serviceArea, topic, text);
    }

    private static Text russian(FeedbackCategory category, String serviceArea, Topic topic, String text) {
        return new Text("ru", category, serviceArea, topic, text);
    }

    private static Text english(FeedbackCategory category, String serviceArea, Topic topic, String text) {
        return new Text("en", category, serviceArea, topic, text);
    }
}
