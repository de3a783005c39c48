namespace Licensing.Domain.Register;

/// <summary>
/// Names with several common English spellings (mostly transliterations from Arabic, Urdu, Bengali
/// and Punjabi), grouped. Spellings in one group are one name; two names from different groups are
/// different people's names even when they sound alike (Hassan and Hussain are often brothers).
/// </summary>
public static class NameVariants
{
    private static readonly string[][] Groups =
    [
        ["MOHAMMED", "MOHAMMAD", "MUHAMMAD", "MUHAMMED", "MOHAMED", "MOHAMAD", "MUHAMED", "MUHAMAD", "MOHAMMUD", "MAHOMED", "MOHD", "MOHAMET", "MEHMET", "MOHAMMET"],
        ["HUSSAIN", "HUSSEIN", "HUSAIN", "HUSEIN", "HOSSAIN", "HOSSEIN", "HUSAYN", "HUSSAYN", "HUSSIAN"],
        ["HASSAN", "HASAN", "HASSEN", "HASSANE"],
        ["HUSNAIN", "HASNAIN"],
        ["AHMED", "AHMAD", "AHMET", "AHMMED"],
        ["MAHMOOD", "MAHMUD", "MEHMOOD", "MAHMOUD", "MEHMUD"],
        ["YUSUF", "YOUSUF", "YOUSEF", "YUSEF", "YOUSSEF", "YOUSAF", "YUSOF"],
        ["OMAR", "UMAR", "OMER", "UMER"],
        ["USMAN", "OSMAN", "UTHMAN", "OTHMAN"],
        ["IBRAHIM", "EBRAHIM", "IBRAHEEM", "IBRAHEM"],
        ["MUSTAFA", "MUSTAPHA", "MOSTAFA", "MOSTAPHA"],
        ["KHALID", "KHALED", "KHALEED"],
        ["RASHID", "RASHEED", "RACHID", "RASHEID"],
        ["TARIQ", "TAREK", "TARIK", "TAREQ"],
        ["SULEIMAN", "SULAIMAN", "SULEYMAN", "SULAYMAN", "SULEMAN"],
        ["ABDUL", "ABDAL", "ABDOUL", "ABDEL"],
        ["ABDULLAH", "ABDALLAH", "ABDULA", "ABDULLA"],
        ["ALI", "ALY"],
        ["HAMID", "HAMEED", "HAMED"],
        ["JAVED", "JAVAID", "JAVID", "JAWED"],
        ["NAVEED", "NAVID", "NAWEED"],
        ["SAJID", "SAJJAD"],
        ["ZUBAIR", "ZUBEIR", "ZOBAIR"],
        ["FAISAL", "FAYSAL", "FEISAL"],
        ["KARIM", "KAREEM", "KERIM"],
        ["RAHMAN", "REHMAN", "RAHMANN"],
        ["CHAUDHRY", "CHAUDHARY", "CHOUDHURY", "CHOWDHURY", "CHAUDHRI", "CHOUDHRY", "CHOUDHARY", "CHAUDRY", "CHOWDHRY"],
        ["SIDDIQUI", "SIDDIQI", "SIDIQUI", "SIDDIQUE", "SIDDIQ"],
        ["QURESHI", "QURAISHI", "KURESHI", "QURESHY"],
        ["HOSSEINI", "HUSSAINI", "HOSEINI", "HUSSEINI"],
        ["MALIK", "MALEK"],
        ["SHEIKH", "SHAIKH", "SHEIK"],
        ["SYED", "SAYED", "SAYYED", "SAYYID", "SAIYED"],
        ["STEPHEN", "STEVEN"],
        ["PHILIP", "PHILLIP"],
        ["GEOFFREY", "JEFFREY"],
        ["CATHERINE", "KATHERINE", "CATHRYN", "KATHRYN", "KATHARINE"],
        ["SEAN", "SHAUN", "SHAWN"],
        ["MCDONALD", "MACDONALD"],
        ["ALEKSANDER", "ALEXANDER", "ALEKSANDR", "OLEKSANDR"],
        ["JOZEF", "JOSEF"],
        ["PIOTR", "PETR"],
    ];

    private static readonly Dictionary<string, int> GroupByName = Build();

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Groups.Length; i++)
            foreach (var name in Groups[i]) map.TryAdd(name, i);
        return map;
    }

    /// <summary>The group a spelling belongs to, or null when it is not a known variant.</summary>
    public static int? GroupOf(string token) => GroupByName.TryGetValue(token, out var g) ? g : null;
}
