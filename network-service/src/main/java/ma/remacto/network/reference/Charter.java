package ma.remacto.network.reference;

import ma.remacto.events.network.CharterCommitment;

import java.util.List;

/**
 * The charter of the Moroccan network of open territorial collectivities: its purpose, its
 * values and its members' five commitments, as the Tamazgana press file reproduces it.
 *
 * @param title       the charter's title
 * @param purpose     what the charter sets out
 * @param values      the network's values, in the source's order
 * @param commitments what the members undertake, in the source's order
 * @param source      where this is taken from
 */
public record Charter(Text title, Text purpose, List<Text> values, List<Commitment> commitments, Source source) {

    /** One commitment: the code its follow-ups carry, its number and its wording. */
    public record Commitment(CharterCommitment commitment, int number, Text text) {
    }

    public static final Charter REMACTO = new Charter(
            new Text("ميثاق الشبكة المغربية للجماعات الترابية المنفتحة",
                    "Charte du réseau marocain des collectivités territoriales ouvertes"),
            new Text("يعرض ميثاق الشبكة المغربية للجماعات الترابية المنفتحة مبادئ وقيم الشبكة وكذا أهدافها والتزامات"
                    + " أعضاء هذه الشبكة.",
                    "La charte du réseau marocain des collectivités territoriales ouvertes présente les principes et"
                            + " les valeurs du réseau, ainsi que ses objectifs et les engagements de ses membres."),
            List.of(
                    new Text("تبادل المعارف والممارسات الجيدة حول مبادئ الانفتاح",
                            "L'échange de connaissances et de bonnes pratiques sur les principes de l'ouverture"),
                    new Text("الحوار بين الجماعات الترابية الأعضاء حول الممارسات والتحديات المشتركة المتعلقة بالتنمية"
                            + " المحلية المنفتحة",
                            "Le dialogue entre les collectivités territoriales membres sur les pratiques et les défis"
                                    + " communs du développement local ouvert")),
            List.of(
                    new Commitment(CharterCommitment.NORMS, 1, new Text(
                            "احترام النظم المعيارية المعمول بها من حيث الشفافية والولوج إلى المعلومات العمومية ومشاركة"
                                    + " المواطنات والمواطنين والتحول الرقمي",
                            "Respecter les normes en vigueur en matière de transparence, d'accès à l'information"
                                    + " publique, de participation des citoyennes et des citoyens et de transformation"
                                    + " numérique")),
                    new Commitment(CharterCommitment.OPEN_PROGRAMS, 2, new Text(
                            "اعتماد برامج عمل الانفتاح بإشراك المجتمع المدني المحلي وكذلك جميع الفاعلين المعنيين",
                            "Adopter des programmes d'action d'ouverture en associant la société civile locale ainsi"
                                    + " que tous les acteurs concernés")),
                    new Commitment(CharterCommitment.IMPLEMENTATION, 3, new Text(
                            "ضمان تنفيذ وتقييم برامج عمل الانفتاح بمشاركة المجتمع المدني المحلي وكذلك جميع الفاعلين"
                                    + " المعنيين",
                            "Assurer la mise en œuvre et l'évaluation des programmes d'action d'ouverture avec la"
                                    + " participation de la société civile locale ainsi que de tous les acteurs concernés")),
                    new Commitment(CharterCommitment.COOPERATION, 4, new Text(
                            "خلق دينامية ترابية تهدف إلى تعزيز التعاون مع الجهات الفاعلة الأخرى داخل التراب",
                            "Créer une dynamique territoriale visant à renforcer la coopération avec les autres acteurs"
                                    + " du territoire")),
                    new Commitment(CharterCommitment.RADIANCE, 5, new Text(
                            "المساهمة في إشعاع الجماعات الترابية المغربية على المستوى الوطني والقاري والدولي",
                            "Contribuer au rayonnement des collectivités territoriales marocaines aux niveaux national,"
                                    + " continental et international"))),
            new Source(Source.TAMAZGANA_PRESS_FILE,
                    "ميثاق الشبكة المغربية للجماعات الترابية المنفتحة: الهدف من الميثاق، قيم الشبكة، التزامات الشبكة",
                    Source.NETWORK_SITE, Source.TRANSLATED));
}
