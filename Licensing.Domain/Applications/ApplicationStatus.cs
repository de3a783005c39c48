namespace Licensing.Domain.Applications;

public enum ApplicationKind { New, Renewal }

public enum ApplicationStatus { Received, ChecksInProgress, ReadyForAssessment, Assessed, Granted, Refused, ReferredToSubCommittee, Withdrawn }

public enum Recommendation { Grant, GrantWithConditions, Refuse, ReferToSubCommittee }

public enum DecisionOutcome { Grant, Refuse, ReferToSubCommittee }

public static class ApplicationWords
{
    public static string Describe(this ApplicationStatus s) => s switch
    {
        ApplicationStatus.ChecksInProgress => "Checks in progress",
        ApplicationStatus.ReadyForAssessment => "Ready for assessment",
        ApplicationStatus.ReferredToSubCommittee => "Referred to sub-committee",
        _ => s.ToString(),
    };

    public static string Describe(this Recommendation r) => r switch
    {
        Recommendation.GrantWithConditions => "Grant with conditions",
        Recommendation.ReferToSubCommittee => "Refer to the licensing sub-committee",
        _ => r.ToString(),
    };

    public static bool IsDecided(this ApplicationStatus s) => s is ApplicationStatus.Granted or ApplicationStatus.Refused;

    /// <summary>The statuses an application ends in: as a list, so a database query can use it.</summary>
    public static readonly ApplicationStatus[] Closed = [ApplicationStatus.Granted, ApplicationStatus.Refused, ApplicationStatus.Withdrawn];

    public static bool IsClosed(this ApplicationStatus s) => Closed.Contains(s);

    /// <summary>DOMAIN.md, Statutory Standards para 5.4 (paraphrased): shown on every decision screen.</summary>
    public const string FitAndProperQuestion =
        "On the information before you, would you allow a person for whom you care, regardless of their condition, to travel alone in a vehicle driven by this person, at any time of day or night?";
}
