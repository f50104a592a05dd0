package org.isec.training.domain.courses;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The built-in course on the ten UN Global Compact principles and the consortium's charter, in every charter
 * language. Its completion ({@code CourseCompleted} with topic ETHICS) is what membership records on the member.
 */
@Component
public class EthicsCourse {

    /** Fixed, so every environment and every restart refer to the same course. */
    public static final String ID = "5e1c0f3a-7d2b-4c8e-9a41-e7b1c5d2f001";

    private final CourseService courses;

    EthicsCourse(CourseService courses) {
        this.courses = courses;
    }

    /** Publishes the course unless it exists; true if this call published it. */
    public boolean seed() {
        return courses.publishBuiltIn(ID, draft());
    }

    static CourseDraft draft() {
        return new CourseDraft(TITLE, DESCRIPTION, Topic.ETHICS.name(), CourseFormat.SELF_PACED.name(),
                List.of("it", "en", "fr", "es", "ar", "zh"), null, List.of(), null);
    }

    private static final Map<String, String> TITLE = Map.of(
            "it", "Etica d'impresa: i dieci principi del Global Compact e la Carta I.S.E.C.",
            "en", "Business ethics: the ten Global Compact principles and the I.S.E.C. Charter",
            "fr", "Éthique d'entreprise : les dix principes du Pacte mondial et la Charte I.S.E.C.",
            "es", "Ética empresarial: los diez principios del Pacto Mundial y la Carta I.S.E.C.",
            "ar", "أخلاقيات الأعمال: المبادئ العشرة للاتفاق العالمي وميثاق I.S.E.C.",
            "zh", "企业道德：联合国全球契约十项原则与 I.S.E.C. 章程");

    private static final Map<String, String> DESCRIPTION = Map.of(
            "it", "Corso introduttivo a ritmo libero sui dieci principi del Global Compact delle Nazioni Unite "
                    + "(diritti umani, lavoro, ambiente, lotta alla corruzione) e sulle regole operative della Carta "
                    + "etica del consorzio: cosa significano nel lavoro di ogni giorno, quali garanzie danno ai "
                    + "partner, come si segnala una violazione. Il completamento viene registrato sul profilo del "
                    + "socio.",
            "en", "A self-paced introduction to the ten principles of the United Nations Global Compact (human "
                    + "rights, labour, environment, anti-corruption) and to the operating rules of the consortium's "
                    + "ethics charter: what they mean in everyday work, which guarantees they give to partners, how "
                    + "to report a breach. Completion is recorded on the member's profile.",
            "fr", "Une introduction, à votre rythme, aux dix principes du Pacte mondial des Nations Unies (droits de "
                    + "l'homme, travail, environnement, lutte contre la corruption) et aux règles de fonctionnement "
                    + "de la charte éthique du consortium : leur sens au quotidien, les garanties qu'elles offrent "
                    + "aux partenaires, la manière de signaler un manquement. La réussite est enregistrée sur le "
                    + "profil du membre.",
            "es", "Una introducción, a su propio ritmo, a los diez principios del Pacto Mundial de las Naciones "
                    + "Unidas (derechos humanos, trabajo, medio ambiente, lucha contra la corrupción) y a las normas "
                    + "de funcionamiento de la carta ética del consorcio: qué significan en el trabajo diario, qué "
                    + "garantías ofrecen a los socios y cómo denunciar un incumplimiento. La finalización queda "
                    + "registrada en el perfil del socio.",
            "ar", "مقدمة ذاتية الوتيرة للمبادئ العشرة للاتفاق العالمي للأمم المتحدة (حقوق الإنسان، العمل، البيئة، "
                    + "مكافحة الفساد) ولقواعد العمل في الميثاق الأخلاقي للاتحاد: ماذا تعني في العمل اليومي، وما "
                    + "الضمانات التي تقدمها للشركاء، وكيف يتم الإبلاغ عن أي مخالفة. يُسجَّل إتمام الدورة في ملف العضو.",
            "zh", "自定进度的入门课程，介绍联合国全球契约的十项原则（人权、劳工、环境、反腐败）以及联盟道德章程的"
                    + "运作规则：它们在日常工作中的含义、为合作伙伴提供的保障，以及如何举报违规行为。完成情况将记录在"
                    + "会员档案中。");
}
