using HcsBot.Core.Curriculum;

namespace HcsBot.Core.Banks;

/// <summary>
/// The loaded questions. Draft questions are kept so that a learner's history of a question that was
/// later sent back to draft still resolves, but only ready questions are ever served.
/// </summary>
public sealed class QuestionBank
{
    private readonly Dictionary<string, Question> _byId;
    private readonly Dictionary<Area, IReadOnlyList<Question>> _servableByArea;

    public QuestionBank(IEnumerable<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        _byId = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        Servable = [.. _byId.Values.Where(q => q.Status == ReviewStatus.Ready).OrderBy(q => q.Id, StringComparer.Ordinal)];
        _servableByArea = Areas.All.ToDictionary(
            a => a,
            a => (IReadOnlyList<Question>)[.. Servable.Where(q => q.Area == a)]);
    }

    public IReadOnlyList<Question> Servable { get; }

    /// <summary>Every question, draft or ready, in id order: for checks on the bank itself, never for serving.</summary>
    public IReadOnlyList<Question> All => [.. _byId.Values.OrderBy(q => q.Id, StringComparer.Ordinal)];

    public IReadOnlyList<Question> ServableIn(Area area) => _servableByArea[area];

    public Question? Find(string id) => _byId.GetValueOrDefault(id);
}
