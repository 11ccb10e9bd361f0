namespace Attribution.Api.Extraction;

/// <summary>The closed word lists the extraction rules rest on: English news usage, not any one article.</summary>
internal static class Lexicon
{
    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> Inflected(string lemmas)
    {
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lemmas.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            foreach (var form in entry.Split('/')) forms.Add(form);
        return forms;
    }

    /// <summary>Verbs that introduce a quotation ("he said", "warned X").</summary>
    public static readonly HashSet<string> QuoteVerbs = Inflected("""
        say/says/said/saying tell/tells/told/telling add/adds/added/adding argue/argues/argued/arguing
        warn/warns/warned/warning caution/cautions/cautioned state/states/stated explain/explains/explained/explaining
        note/notes/noted claim/claims/claimed insist/insists/insisted write/writes/wrote/written/writing
        tweet/tweets/tweeted/tweeting post/posted report/reports/reported accuse/accuses/accused describe/describes/described/describing
        call/calls/called indicate/indicates/indicated reveal/reveals/revealed suggest/suggests/suggested
        acknowledge/acknowledges/acknowledged ask/asks/asked announce/announces/announced confirm/confirms/confirmed
        deny/denies/denied declare/declares/declared urge/urges/urged promise/promises/promised admit/admits/admitted
        assert/asserts/asserted contend/contends/contended maintain/maintains/maintained stress/stresses/stressed
        emphasise/emphasised emphasize/emphasized remark/remarked reply/replies/replied respond/responded
        recall/recalls/recalled observe/observed predict/predicts/predicted concede/concedes/conceded
        complain/complains/complained comment/commented testify/testified characterise/characterised characterize/characterized
        label/labelled/labeled conclude/concluded recount/recounted joke/joked quip/quipped exclaim/exclaimed
        shout/shouted vow/vows/vowed pledge/pledged threaten/threatened lament/lamented allege/alleges/alleged
        boast/boasted continue/continued agree/agreed dub/dubbed put/puts
        """);

    /// <summary>Verbs that report speech in the writer's words ("X said that ...").</summary>
    public static readonly HashSet<string> ReportVerbs = Inflected("""
        say/says/said tell/tells/told add/adds/added argue/argues/argued warn/warns/warned caution/cautions/cautioned
        state/states/stated explain/explains/explained note/notes/noted claim/claims/claimed insist/insists/insisted
        write/writes/wrote tweet/tweets/tweeted report/reports/reported accuse/accuses/accused describe/describes/described
        indicate/indicates/indicated reveal/reveals/revealed acknowledge/acknowledges/acknowledged announce/announces/announced
        confirm/confirms/confirmed deny/denies/denied declare/declares/declared admit/admits/admitted assert/asserts/asserted
        contend/contends/contended maintain/maintains/maintained stress/stresses/stressed emphasise/emphasised emphasize/emphasized
        predict/predicts/predicted concede/concedes/conceded complain/complains/complained allege/alleges/alleged
        testify/testified promise/promises/promised vow/vows/vowed estimate/estimates/estimated
        """);

    /// <summary>Report verbs that also take a plain object ("reported a loss"): the content must be a clause.</summary>
    public static readonly HashSet<string> ObjectVerbs = Set("""
        report reports reported describe describes described acknowledge acknowledges acknowledged announce announces
        announced confirm confirms confirmed deny denies denied predict predicts predicted estimate estimates estimated
        promise promises promised note notes noted
        """);

    /// <summary>Words that make a clause finite: the mark of reported content rather than a noun phrase.</summary>
    public static readonly HashSet<string> FiniteMarkers = Set("""
        is are was were will would could can may might must should shall has have had do does did be been being
        isn't aren't wasn't weren't won't wouldn't couldn't can't cannot don't doesn't didn't hasn't haven't hadn't
        """);

    /// <summary>Titles that precede a name and are not part of it.</summary>
    public static readonly HashSet<string> Titles = Set("""
        president vice prime minister secretary senator sen. sen representative rep. rep congressman congresswoman
        governor gov. gov mayor general gen. gen lieutenant lt. colonel col. major maj. captain capt. sergeant sgt.
        admiral commander chief chairman chairwoman chair speaker leader whip director professor prof. dr. dr doctor
        mr. mr mrs. mrs ms. ms miss sir dame lord lady judge justice king queen prince princess pope cardinal bishop
        archbishop rabbi imam sheikh ambassador commissioner chancellor premier deputy former ex acting interim
        spokesman spokeswoman spokesperson officer inspector superintendent constable detective coach manager ceo
        attorney prosecutor councillor councilor councilman councilwoman minority majority emeritus sister brother
        father saint st. st
        """);

    /// <summary>Words that mark a proper-name run as an organisation.</summary>
    public static readonly HashSet<string> OrganisationWords = Set("""
        agency association authority authorities bank board brigade bureau center centre church coalition college
        command commission committee company corporation corp corp. council court department fund foundation
        government group guard inc inc. institute institution league ltd ltd. ministry movement nations navy army
        office organization organisation parliament party patrol police post press service services society times
        tribune union university network news forces force federation alliance club senate congress cabinet
        administration assembly hospital laboratory bulletin journal herald daily magazine media channel radio
        television airlines systems technologies labs project programme program campaign initiative watch
        international limited llc tribunal secretariat embassy consulate municipality county
        reuters afp ap bbc cnn
        """);

    /// <summary>Head nouns of descriptions of unnamed sources ("a senior official", "witnesses").</summary>
    public static readonly HashSet<string> AnonymousHeads = Set("""
        official officials authority authorities police source sources witness witnesses eyewitness eyewitnesses
        resident residents expert experts analyst analysts investigator investigators prosecutor prosecutors doctor
        doctors worker workers researcher researchers scientist scientists critic critics officer officers spokesman
        spokeswoman spokesperson diplomat diplomats aide aides insider insiders observer observers activist activists
        lawmaker lawmakers people person man woman men women someone neighbour neighbours neighbor neighbors relative
        relatives friend friends colleague colleagues employee employees staff teacher teachers student students
        villager villagers survivor survivors rescuer rescuers firefighters paramedics medics soldier soldiers troops
        protester protesters organisers organizers fan fans member members representative representatives
        executive executives owner owners passenger passengers victim victims mother father parent parents
        """);

    /// <summary>Subjects that are documents, not speakers ("reports indicate", "the website noted").</summary>
    public static readonly HashSet<string> DocumentHeads = Set("""
        report reports study studies data figures statistics records documents document website site paper papers
        survey surveys poll polls research analysis evidence footage images video videos map maps database record
        article articles letter tweet post statement filings filing
        """);

    public static readonly HashSet<string> PersonPronouns = Set("he she him her");

    /// <summary>Words that cannot open a subject: the cue belongs to another clause.</summary>
    public static readonly HashSet<string> ClauseOpeners = Set("""
        while when as and but or because although though if since after before until unless whereas so then
        that which who whom whose where in on at with without for from to by of into than
        """);

    /// <summary>Adverbs that sit between a speaker and the verb ("X also said").</summary>
    public static readonly HashSet<string> CueAdverbs = Set("""
        also too both later earlier recently previously yesterday today tonight then again further once publicly
        separately similarly reportedly repeatedly subsequently finally first initially has had have was were is
        would will has since still just already often
        """);

    /// <summary>Words that show a quoted phrase is a title of a work or a name, not speech.</summary>
    public static readonly HashSet<string> NamingWords = Set("""
        titled entitled called named dubbed nicknamed known book film movie song album show series play novel
        poem headline slogan hashtag campaign programme program operation
        """);

    public static readonly HashSet<string> Abbreviations = Set("""
        mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr inc ltd co corp no vs etc approx dept est fig
        jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n d.c e.g i.e a.m p.m
        """);
}
