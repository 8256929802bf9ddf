namespace ShipReady.Facts.Code;

/// <summary>
/// What a hit's value depends on outside its own file, asked of the repository's other Ruby files after the walk (see
/// <see cref="RubyValueFlow"/>). The hit is cleared only when every question it leaves is answered "the code made it".
/// </summary>
/// <param name="Method">The method asked about, by name.</param>
/// <param name="Key">The hash key the value is read at (<c>length[:dur]</c>), or null for the whole value.</param>
public abstract record ValueQuestion(string Method, string? Key)
{
    /// <summary>The pattern that asks (see <see cref="AskedBy"/>): its idea of a value made by the code (<see cref="SafeCalls"/>) answers.</summary>
    public string Pattern { get; init; } = "";

    /// <summary>Names the asking pattern by control and id: a repository's own control may reuse a built-in pattern's id.</summary>
    public static string AskedBy(Catalog.CodePattern pattern) => pattern.ControlId + "/" + pattern.Id;
}

/// <summary>What every method of that name in the repository returns (at the key): <c>length = time_interval(params[:length])</c>.</summary>
public sealed record ReturnedBy(string Method, string? Key) : ValueQuestion(Method, Key);

/// <summary>
/// Whether the method a view reads (<c>gantt.subjects</c>) is one the repository's code builds outside its models, rather
/// than a record's attribute: answered yes when a Ruby file outside <c>app/models</c> defines it, no model does, and
/// neither <c>db/schema.rb</c> nor a migration has a column of that name.
/// </summary>
public sealed record DefinedOutsideModels(string Method) : ValueQuestion(Method, null);

/// <summary>
/// Whether a record's attribute (<c>issue.lft</c>) is a number, a truth or a time: answered yes when every column of
/// that name the schema or the migrations define has such a type, and no model defines a method of that name.
/// </summary>
public sealed record NumberColumn(string Method) : ValueQuestion(Method, null);

/// <summary>
/// Whether every file of the repository that assigns the instance variable (<c>@label</c>) gives it a value the code
/// makes: helpers, views and controllers share instance variables, so one file's <c>||= l(:label)</c> is not enough.
/// </summary>
public sealed record IvarFromCode(string Method) : ValueQuestion(Method, null);

/// <summary>Either question answers: the value is made by the code if one of the two says so.</summary>
public sealed record Either(ValueQuestion First, ValueQuestion Second) : ValueQuestion(First.Method, null);

/// <summary>What every call of that method passes at a position (at the key): the value is one of the method's parameters.</summary>
/// <param name="Position">The parameter's place among the positional ones, from 0.</param>
public sealed record PassedTo(string Method, int Position, string? Key) : ValueQuestion(Method, Key);
