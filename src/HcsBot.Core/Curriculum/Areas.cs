namespace HcsBot.Core.Curriculum;

/// <summary>The nine areas of the standard, in the order the standard lists them.</summary>
public static class Areas
{
    public static readonly Area ProfessionalPractice = new("PPC", "Professional Practice and Person-centred Care", "Professional practice", "professional-practice");
    public static readonly Area PersonalDevelopment = new("PPD", "Personal and Professional Development", "Personal development", "personal-development");
    public static readonly Area HealthSafetySecurity = new("HSS", "Health, Safety and Security", "Health & safety", "health-safety-security");
    public static readonly Area Quality = new("QUA", "Quality", "Quality", "quality");
    public static readonly Area TechnicalServices = new("TSS", "Technical Scientific Services", "Technical services", "technical-scientific-services");
    public static readonly Area ClinicalCare = new("CLC", "Clinical Care", "Clinical care", "clinical-care");
    public static readonly Area AuditImprovement = new("ASI", "Audit/Service Improvement", "Audit & improvement", "audit-service-improvement");
    public static readonly Area ResearchInnovation = new("RIN", "Research & Innovation", "Research & innovation", "research-innovation");
    public static readonly Area Leadership = new("LEA", "Leadership", "Leadership", "leadership");

    public static IReadOnlyList<Area> All { get; } =
    [
        ProfessionalPractice, PersonalDevelopment, HealthSafetySecurity, Quality, TechnicalServices,
        ClinicalCare, AuditImprovement, ResearchInnovation, Leadership,
    ];

    private static readonly Dictionary<string, Area> ByCode = All.ToDictionary(a => a.Code, StringComparer.Ordinal);

    public static Area? FindByCode(string code) => ByCode.GetValueOrDefault(code);
}
