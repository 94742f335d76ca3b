package uz.fikr.dashboard.surveys;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

/**
 * The links readers get to a published survey, for a branch and a reader language: the form itself, the A4 poster
 * to print and the QR code as SVG. They point at survey-service's public address and open in a new tab.
 */
class ReaderLinks extends Div {

    private final SurveyServiceClient surveys;
    private final Select<String> branch = new Select<>();
    private final Select<String> language = new Select<>();
    private final Anchor form = new Anchor();
    private final Anchor poster = new Anchor();
    private final Anchor qr = new Anchor();
    private String surveyId = "";

    ReaderLinks(SurveyServiceClient surveys, List<String> branches) {
        this.surveys = surveys;
        addClassName("reader-links");
        var branchItems = new ArrayList<String>();
        branchItems.add("");
        branchItems.addAll(branches);
        branch.setItems(branchItems);
        branch.setValue("");
        branch.setEmptySelectionAllowed(false);
        language.setItems(SurveyLanguages.ALL);
        language.setValue(SurveyLanguages.ALL.getFirst());
        branch.addValueChangeListener(change -> update());
        language.addValueChangeListener(change -> update());
        form.addClassName("reader-form-link");
        poster.addClassName("poster-link");
        qr.addClassName("qr-link");
        for (Anchor link : List.of(form, poster, qr)) {
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener");
        }
        var choices = new Div(branch, language);
        choices.addClassName("reader-link-choices");
        var links = new Div(form, poster, qr);
        links.addClassName("reader-link-list");
        add(choices, links);
    }

    void show(String surveyId) {
        this.surveyId = surveyId;
        branch.setLabel(getTranslation("surveys.links.branch"));
        branch.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("surveys.links.anyBranch") : code);
        language.setLabel(getTranslation("surveys.links.language"));
        language.setItemLabelGenerator(tag -> getTranslation(SurveyLanguages.labelKey(tag)));
        update();
    }

    private void update() {
        String code = branch.getValue() == null ? "" : branch.getValue();
        String lang = SurveyLanguages.linkParameter(language.getValue());
        form.setHref(surveys.formUrl(surveyId, code, lang));
        poster.setHref(surveys.posterUrl(surveyId, code, lang));
        qr.setHref(surveys.qrSvgUrl(surveyId, code));
        String where = code.isEmpty() ? getTranslation("surveys.links.anyBranch") : code;
        String in = getTranslation(SurveyLanguages.labelKey(language.getValue()));
        form.setText(getTranslation("surveys.links.form", in, where));
        poster.setText(getTranslation("surveys.links.poster", in, where));
        qr.setText(getTranslation("surveys.links.qr", where));
    }
}
