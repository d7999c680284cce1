package eu.s3learning.core.bootstrap;

import eu.s3learning.core.identity.Language;

/** The demo programme's words in one language: the S3 training topics of the partnership. */
final class DemoTexts {

    final Language language;
    final String title;
    final String summary;
    final String preparation;
    final String conceptModule;
    final String conceptSummary;
    final String conceptPage;
    final String conceptHtml;
    final String strengthsPage;
    final String strengthsHtml;
    final String platformLink;
    final String designModule;
    final String designSummary;
    final String designPage;
    final String designHtml;
    final String faceToFace;
    final String daysModule;
    final String daysSummary;
    final String dayOne;
    final String dayOneHtml;
    final String dayTwo;
    final String dayTwoHtml;
    final String wrapUp;
    final String conclusionsModule;
    final String conclusionsSummary;
    final String onlineDay;
    final String onlineDayHtml;
    final String actionPlanPage;
    final String actionPlanHtml;

    private DemoTexts(Language language, String... texts) {
        this.language = language;
        int i = 0;
        title = texts[i++];
        summary = texts[i++];
        preparation = texts[i++];
        conceptModule = texts[i++];
        conceptSummary = texts[i++];
        conceptPage = texts[i++];
        conceptHtml = texts[i++];
        strengthsPage = texts[i++];
        strengthsHtml = texts[i++];
        platformLink = texts[i++];
        designModule = texts[i++];
        designSummary = texts[i++];
        designPage = texts[i++];
        designHtml = texts[i++];
        faceToFace = texts[i++];
        daysModule = texts[i++];
        daysSummary = texts[i++];
        dayOne = texts[i++];
        dayOneHtml = texts[i++];
        dayTwo = texts[i++];
        dayTwoHtml = texts[i++];
        wrapUp = texts[i++];
        conclusionsModule = texts[i++];
        conclusionsSummary = texts[i++];
        onlineDay = texts[i++];
        onlineDayHtml = texts[i++];
        actionPlanPage = texts[i++];
        actionPlanHtml = texts[i];
    }

    static final DemoTexts EN = new DemoTexts(Language.EN,
            "S3 training package for cluster policy makers",
            "Smart Specialisation Strategies for regional policy makers, agency staff and cluster managers: an online"
                    + " preparation, two face-to-face training days and an online wrap-up.",
            "Online preparation",
            "The smart specialisation concept",
            "What smart specialisation is, and the strengths and weaknesses of your region.",
            "What smart specialisation is",
            "<h2>Smart specialisation in one page</h2><p>A smart specialisation strategy (S3) concentrates a region's"
                    + " research and innovation resources on a few priorities where it has real strengths, found together"
                    + " with businesses, research and civil society (the <em>entrepreneurial discovery process</em>).</p>"
                    + "<ul><li>Build on existing assets, not on fashion.</li><li>Prioritise: a few domains, not everything.</li>"
                    + "<li>Involve the quadruple helix from the start.</li><li>Monitor, evaluate and adjust.</li></ul>",
            "Your region's strengths and weaknesses",
            "<h2>A first regional SWOT</h2><p>Write down, for your own region, three strengths, three weaknesses,"
                    + " three opportunities and three threats for specialisation. Bring them to the first face-to-face day:"
                    + " the group work starts from them.</p><p>Mark this unit as done when your notes are ready.</p>",
            "The EU S3 Platform (external)",
            "Designing and implementing an S3 strategy",
            "From the entrepreneurial discovery process to governance, monitoring and evaluation.",
            "Designing and implementing an S3 strategy",
            "<h2>Six steps</h2><ol><li>Analyse the regional context and potential.</li><li>Set up inclusive governance.</li>"
                    + "<li>Elaborate an overall vision.</li><li>Identify priorities.</li><li>Define a coherent policy mix,"
                    + " roadmaps and an action plan.</li><li>Integrate monitoring and evaluation.</li></ol>",
            "Face-to-face training days",
            "Two training days",
            "Two days in Bucharest with group work on your region's case.",
            "Day 1: supporting clusters towards specialisation",
            "<p>How cluster organisations help regions specialise: mapping, cluster development programmes,"
                    + " cross-sector cooperation. Group work on the SWOTs you prepared.</p>",
            "Day 2: cluster policy making",
            "<p>Financial instruments; links with R&amp;D and regional development programmes; private co-financing;"
                    + " national and regional coordination; top-down versus bottom-up approaches; cluster cooperation"
                    + " for emerging industries.</p>",
            "Online wrap-up",
            "Conclusions",
            "The online conclusions day and your regional action plan.",
            "Online conclusions day",
            "<p>A live online morning: each region presents its first conclusions; trainers and peers comment.</p>",
            "Your regional action plan",
            "<h2>From the training to your region</h2><p>Write a one-page action plan: two priorities, the partners you"
                    + " need, the instrument you will use, and how you will know it worked. Mark as done when shared"
                    + " with your trainer.</p>");

    static final DemoTexts RO = new DemoTexts(Language.RO,
            "Pachetul de formare S3 pentru factorii de decizie în politica de clustere",
            "Strategii de specializare inteligentă pentru factori de decizie regionali, personalul agențiilor și"
                    + " managerii de clustere: pregătire online, două zile de formare față în față și o încheiere online.",
            "Pregătire online",
            "Conceptul de specializare inteligentă",
            "Ce este specializarea inteligentă, punctele forte și punctele slabe ale regiunii dumneavoastră.",
            "Ce este specializarea inteligentă",
            "<h2>Specializarea inteligentă pe scurt</h2><p>O strategie de specializare inteligentă (S3) concentrează"
                    + " resursele de cercetare și inovare ale unei regiuni pe câteva priorități în care aceasta are"
                    + " puncte forte reale, identificate împreună cu mediul de afaceri, cercetarea și societatea civilă"
                    + " (<em>procesul de descoperire antreprenorială</em>).</p><ul><li>Porniți de la resursele existente,"
                    + " nu de la modă.</li><li>Prioritizați: câteva domenii, nu totul.</li><li>Implicați cvadruplul helix"
                    + " de la început.</li><li>Monitorizați, evaluați și ajustați.</li></ul>",
            "Punctele forte și punctele slabe ale regiunii",
            "<h2>O primă analiză SWOT regională</h2><p>Notați, pentru regiunea dumneavoastră, trei puncte forte, trei"
                    + " puncte slabe, trei oportunități și trei amenințări pentru specializare. Aduceți-le în prima zi"
                    + " față în față: lucrul în grup pornește de la ele.</p><p>Marcați unitatea ca finalizată când"
                    + " notițele sunt gata.</p>",
            "Platforma UE S3 (extern)",
            "Elaborarea și implementarea unei strategii S3",
            "De la procesul de descoperire antreprenorială la guvernanță, monitorizare și evaluare.",
            "Elaborarea și implementarea unei strategii S3",
            "<h2>Șase pași</h2><ol><li>Analizați contextul și potențialul regional.</li><li>Creați o guvernanță"
                    + " incluzivă.</li><li>Elaborați o viziune de ansamblu.</li><li>Identificați prioritățile.</li>"
                    + "<li>Definiți un mix coerent de politici, foi de parcurs și un plan de acțiune.</li><li>Integrați"
                    + " monitorizarea și evaluarea.</li></ol>",
            "Zile de formare față în față",
            "Două zile de formare",
            "Două zile la București, cu lucru în grup pe cazul regiunii dumneavoastră.",
            "Ziua 1: sprijinirea clusterelor pentru specializare",
            "<p>Cum ajută organizațiile de cluster regiunile să se specializeze: cartografiere, programe de dezvoltare"
                    + " a clusterelor, cooperare între sectoare. Lucru în grup pe analizele SWOT pregătite.</p>",
            "Ziua 2: elaborarea politicilor de cluster",
            "<p>Instrumente financiare; legătura cu programele de cercetare-dezvoltare și de dezvoltare regională;"
                    + " cofinanțarea privată; coordonarea națională și regională; abordări de sus în jos și de jos în sus;"
                    + " cooperarea clusterelor pentru industriile emergente.</p>",
            "Încheiere online",
            "Concluzii",
            "Ziua online de concluzii și planul de acțiune regional.",
            "Ziua online de concluzii",
            "<p>O dimineață live online: fiecare regiune își prezintă primele concluzii; formatorii și colegii le"
                    + " comentează.</p>",
            "Planul de acțiune al regiunii",
            "<h2>De la formare la regiunea dumneavoastră</h2><p>Scrieți un plan de acțiune de o pagină: două priorități,"
                    + " partenerii de care aveți nevoie, instrumentul pe care îl veți folosi și cum veți ști că a"
                    + " funcționat. Marcați ca finalizat după ce l-ați trimis formatorului.</p>");
}
