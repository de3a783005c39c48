namespace Licensing.Domain.Notices;

/// <summary>
/// The wording the product ships with (version 1 of each template, seeded into the database).
/// Administrators edit it as new versions; these stay as the record of what version 1 said.
/// </summary>
public static class DefaultTemplates
{
    private const string Opening = "Dear {{LicenseeName}}";

    private const string DecisionTable = """
        = Licence | {{LicenceType}} licence {{LicenceNumber}}
        = Power used | {{StatutoryPower}}
        = Date of decision | {{DecisionDate}}
        = Decided by | {{DecidedBy}}
        = Reference | {{Reference}}
        """;

    private const string Appeal = """
        # Your right of appeal
        You have a right of appeal against this decision to {{AppealCourt}}. An appeal must be made within 21 days beginning with the day this notice is given to you (Local Government (Miscellaneous Provisions) Act 1976, s.77). Please quote reference {{Reference}}. You may wish to take independent legal advice.

        If you do not appeal within 21 days, the decision stands.
        """;

    private const string Closing = """
        If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.

        Yours sincerely
        {{Signatory}}
        for and on behalf of {{AuthorityName}}
        """;

    public static readonly IReadOnlyList<(Guid Id, NoticeKind Kind, string Title, string Body)> All =
    [
        (new("0195a000-0000-7000-8000-000000000001"), NoticeKind.Refusal, "Notice of refusal of your application for a {{LicenceType}} licence", $$$"""
        {{{Opening}}}

        {{AuthorityName}} has refused your application for a {{LicenceType}} licence. This notice gives the grounds for the refusal and tells you how you can appeal.

        # The decision
        {{{DecisionTable}}}

        # The grounds for the refusal
        {{Grounds}}

        # When the decision takes effect
        {{TakesEffect}}

        {{{Appeal}}}

        {{{Closing}}}
        """),
        (new("0195a000-0000-7000-8000-000000000002"), NoticeKind.RefusalToRenew, "Notice of refusal to renew your {{LicenceType}} licence", $$$"""
        {{{Opening}}}

        {{AuthorityName}} has decided not to renew your {{LicenceType}} licence number {{LicenceNumber}}. This notice gives the grounds for the decision, tells you when it takes effect and how you can appeal.

        # The decision
        {{{DecisionTable}}}

        # The grounds for the decision
        {{Grounds}}

        # When the decision takes effect
        ! {{TakesEffect}}

        # Return of your badge
        {{ReturnOfBadge}}

        {{{Appeal}}}

        {{{Closing}}}
        """),
        (new("0195a000-0000-7000-8000-000000000003"), NoticeKind.Suspension, "Notice of suspension of your {{LicenceType}} licence", $$$"""
        {{{Opening}}}

        {{AuthorityName}} has decided to suspend your {{LicenceType}} licence number {{LicenceNumber}} {{SuspensionEnds}}. This notice gives the grounds for the decision, tells you when it takes effect and how you can appeal.

        # The decision
        {{{DecisionTable}}}

        # The grounds for the decision
        {{Grounds}}

        # When the decision takes effect
        ! {{TakesEffect}}

        # Return of your badge
        {{ReturnOfBadge}}

        {{{Appeal}}}

        {{{Closing}}}
        """),
        (new("0195a000-0000-7000-8000-000000000004"), NoticeKind.Revocation, "Notice of revocation of your {{LicenceType}} licence", $$$"""
        {{{Opening}}}

        {{AuthorityName}} has decided to revoke your {{LicenceType}} licence number {{LicenceNumber}}. This notice gives the grounds for the decision, tells you when it takes effect and how you can appeal.

        # The decision
        {{{DecisionTable}}}

        # The grounds for the decision
        {{Grounds}}

        # When the decision takes effect
        ! {{TakesEffect}}

        # Return of your badge
        {{ReturnOfBadge}}

        {{{Appeal}}}

        {{{Closing}}}
        """),
        (new("0195a000-0000-7000-8000-000000000005"), NoticeKind.RepresentationsInvitation, "Invitation to make representations about your {{LicenceType}} licence", $$$"""
        {{{Opening}}}

        The council is considering whether you remain a fit and proper person to hold {{LicenceType}} licence number {{LicenceNumber}}. No decision has been made. Before one is, you may tell us anything you want us to take into account.

        # What the council has been told
        {{Body}}

        # How to respond
        Please send your written representations by {{RepresentationsBy}}, quoting reference {{Reference}}. You may include statements from other people and any documents you wish us to consider, and you may ask to meet the licensing officer. If we do not hear from you by then, a decision may be made on the information we hold.

        The council decides on the balance of probabilities: whether it is more likely than not that something happened.

        {{{Closing}}}
        """),
        (new("0195a000-0000-7000-8000-000000000006"), NoticeKind.WarningLetter, "Warning about your conduct as a licence holder", $$$"""
        {{{Opening}}}

        {{Body}}

        This letter is a formal warning. It will be kept on your licensing record and may be taken into account if further matters come to the council's attention, including when your licence is next renewed. Reference {{Reference}}.

        {{{Closing}}}
        """),
        (new("0195a000-0000-7000-8000-000000000007"), NoticeKind.HearingInvitation, "Invitation to a hearing of the licensing sub-committee", $$$"""
        {{{Opening}}}

        The licensing sub-committee will consider your {{LicenceType}} licence number {{LicenceNumber}} at a hearing. You are invited to attend and to make representations.

        = Date and time | {{HearingDate}}
        = Place | {{HearingPlace}}
        = Reference | {{Reference}}

        {{Body}}

        You may bring a representative (for example a solicitor, a trade union representative or a friend) and witnesses. You will receive the hearing pack, with the report and the evidence the sub-committee will read, before the hearing. If you cannot attend, tell us as soon as possible; the sub-committee may decide in your absence.

        {{{Closing}}}
        """),
        (new("0195a000-0000-7000-8000-00000000000c"), NoticeKind.HearingAdjourned, "Licensing sub-committee hearing adjourned", $$$"""
        {{{Opening}}}

        The hearing of the licensing sub-committee about your {{LicenceType}} licence number {{LicenceNumber}}, arranged for {{HearingDate}} at {{HearingPlace}}, has been adjourned. It will not take place then, and you do not need to attend.

        = Reference | {{Reference}}

        {{Body}}

        We will write to you with the date, time and place of the new hearing. You will again be able to attend, bring a representative and make representations.

        {{{Closing}}}
        """),
        (new("0195a000-0000-7000-8000-000000000008"), NoticeKind.HearingPack, "Licensing sub-committee hearing pack: {{LicenseeName}}", """
        = Licence | {{LicenceType}} licence {{LicenceNumber}}
        = Reference | {{Reference}}

        {{Sections}}
        """),
        (new("0195a000-0000-7000-8000-000000000009"), NoticeKind.LicenceDocument, "{{LicenceType}} licence {{LicenceNumber}}", """
        {{AuthorityName}} grants this licence under the Local Government (Miscellaneous Provisions) Act 1976 and the Town Police Clauses Act 1847, subject to the conditions below.

        {{Particulars}}

        This licence remains the property of the council. It must be returned if it is suspended, revoked or not renewed. Reference {{Reference}}.

        {{Signatory}}
        for and on behalf of {{AuthorityName}}
        """),
        (new("0195a000-0000-7000-8000-00000000000b"), NoticeKind.ConditionsLetter, "Conditions added to your {{LicenceType}} licence", $$$"""
        {{{Opening}}}

        We have reviewed your {{LicenceType}} licence number {{LicenceNumber}}.

        {{Body}}

        These conditions are now part of your licence, with those it already had. Not keeping to a condition of your licence may lead to its suspension or revocation. Reference {{Reference}}.

        # If you disagree
        If you are unhappy with conditions attached to your licence you may be able to appeal to a magistrates' court. The time allowed is short (21 days), so act promptly. Please quote reference {{Reference}}. You may wish to take independent legal advice.

        {{{Closing}}}
        """),
        (new("0195a000-0000-7000-8000-00000000000a"), NoticeKind.ExpiryReminder, "Your {{LicenceType}} licence is due to expire", $$$"""
        {{{Opening}}}

        Your {{LicenceType}} licence number {{LicenceNumber}} expires on {{ExpiresOn}}. To keep working you must apply to renew it before then; allow time for the checks.

        {{{Closing}}}
        """),
    ];
}
