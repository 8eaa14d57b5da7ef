package ma.remacto.network.reference;

import ma.remacto.events.network.SupportAxis;

import java.util.List;

/**
 * The DGCT's support program for open territorial collectivities, launched at the end of 2022,
 * and its four axes: reference data, as the Tamazgana press file states it.
 *
 * @param name     the program's name
 * @param runBy    who launched it
 * @param launched when, as precisely as the source says
 * @param axes     its axes, in the source's order
 * @param source   where this is taken from
 */
public record SupportProgram(Text name, Text runBy, String launched, List<Axis> axes, Source source) {

    /** One axis: the code that tags network activities, its number and its wording. */
    public record Axis(SupportAxis axis, int number, Text title) {
    }

    public static final SupportProgram DGCT = new SupportProgram(
            new Text("برنامج دعم الجماعات الترابية المنفتحة", "Programme d'appui aux collectivités territoriales ouvertes"),
            new Text("المديرية العامة للجماعات الترابية", "Direction générale des collectivités territoriales (DGCT)"),
            "end of 2022",
            List.of(
                    new Axis(SupportAxis.NETWORK, 1, new Text(
                            "خلق وتوسيع الشبكة المغربية للجماعة الترابية شهر أكتوبر 2022 والتي تعتبر فضاء للتعلم"
                                    + " وتبادل التجارب والخبرات",
                            "Créer (en octobre 2022) et élargir le réseau marocain des collectivités territoriales,"
                                    + " espace d'apprentissage et d'échange d'expériences et d'expertises")),
                    new Axis(SupportAxis.CO_CREATION, 2, new Text(
                            "دعم الجماعات الترابية المنخرطة في الشبكة لبلورة برامج عمل الانفتاح، بشكل مشترك، مع جمعيات"
                                    + " المجتمع المدني المحلية وتتبعها وتقييمها",
                            "Accompagner les collectivités territoriales membres du réseau dans l'élaboration conjointe"
                                    + " de leurs programmes d'action d'ouverture avec les associations locales de la"
                                    + " société civile, ainsi que dans leur suivi et leur évaluation")),
                    new Axis(SupportAxis.CAPACITY, 3, new Text(
                            "تقوية قدرات الجماعات الترابية والمجتمع المدني المحلي حول مبادئ الانفتاح",
                            "Renforcer les capacités des collectivités territoriales et de la société civile locale"
                                    + " sur les principes de l'ouverture")),
                    new Axis(SupportAxis.CAPITALISATION, 4, new Text(
                            "تتبع وتقييم البرنامج وتوثيق ورسملة المناهج والأدوات من أجل تعميمها",
                            "Suivre et évaluer le programme, documenter et capitaliser les méthodes et les outils en vue"
                                    + " de leur généralisation"))),
            new Source(Source.TAMAZGANA_PRESS_FILE, "برنامج دعم الجماعات الترابية المنفتحة", null,
                    Source.TRANSLATED + "; the PDF's extracted lines are put back in reading order"));
}
