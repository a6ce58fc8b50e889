using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OfficeReview.Domain.Model;
using OfficeReview.Domain.Rules;
using OfficeReview.Domain.Text;

namespace OfficeReview.Domain.Contract;

/// <summary>The outcome of reading a UnitReport: the report (null when it cannot be read) and what was found on the way.</summary>
public sealed record UnitReportReadResult(UnitReport? Report, IReadOnlyList<Finding> Findings)
{
    public bool IsReadable => Report is not null;
}

/// <summary>
/// The JSON contract "officereview.unit-report/1" (docs/unit-report.md). Reading never throws: a document that cannot
/// be read gives a null report and findings that say why and where; readable documents may still carry findings
/// (a fractional count, an unknown level name) that count as validation errors.
/// </summary>
public static class UnitReportJson
{
    public const string Unreadable = "JSON_UNREADABLE";
    public const string WrongType = "JSON_WRONG_TYPE";
    public const string MissingField = "JSON_MISSING_FIELD";
    public const string UnknownSchema = "JSON_UNKNOWN_SCHEMA";
    public const string UnknownValue = "JSON_UNKNOWN_VALUE";
    public const string FractionalCount = "COUNT_FRACTIONAL";
    public const string UnknownLevel = "LEVEL_UNKNOWN";
    public const string UnknownExemptReason = "EXEMPT_REASON_UNKNOWN";

    public const int MaxDepth = 32;

    public static UnitReportReadResult Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static UnitReportReadResult Read(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (dòng {line + 1}, cột {(e.BytePositionInLine ?? 0) + 1})" : "";
            return Fail(Finding.Error(Unreadable, "", $"Tệp JSON sai cú pháp{where}: không đọc được."));
        }
        using (document)
        {
            var reader = new Reader();
            try
            {
                var report = reader.ReadReport(document.RootElement);
                return new UnitReportReadResult(report, reader.Findings);
            }
            catch (ShapeException e)
            {
                reader.Findings.Add(e.Finding);
                return new UnitReportReadResult(null, reader.Findings);
            }
        }
    }

    private static UnitReportReadResult Fail(Finding finding) => new(null, [finding]);

    private sealed class ShapeException(Finding finding) : Exception(finding.Message)
    {
        public Finding Finding { get; } = finding;
    }

    private sealed class Reader
    {
        public List<Finding> Findings { get; } = [];

        public UnitReport ReadReport(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
                throw Shape(WrongType, "", "Tệp JSON phải là một đối tượng { … } mô tả báo cáo của một đơn vị.");

            if (root.TryGetProperty("schema", out var schema) && schema.ValueKind != JsonValueKind.Null)
            {
                if (schema.ValueKind != JsonValueKind.String || schema.GetString() != UnitReport.SchemaId)
                    throw Shape(UnknownSchema, "schema", $"Lược đồ \"{Raw(schema)}\" không được hỗ trợ; cần \"{UnitReport.SchemaId}\".");
            }
            else
            {
                Findings.Add(Finding.Warning(MissingField, "schema", $"Thiếu trường \"schema\"; đọc theo \"{UnitReport.SchemaId}\"."));
            }

            if (!root.TryGetProperty("year", out var yearElement) || yearElement.ValueKind == JsonValueKind.Null)
                throw Shape(MissingField, "year", "Thiếu trường \"year\" (năm đánh giá, xếp loại).");
            if (yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var year) || year is < 1900 or > 2200)
                throw Shape(WrongType, "year", $"Trường \"year\" phải là một năm (số nguyên), đang là {Raw(yearElement)}.");

            if (!root.TryGetProperty("unit", out var unitElement) || unitElement.ValueKind == JsonValueKind.Null)
                throw Shape(MissingField, "unit", "Thiếu trường \"unit\" (thông tin đơn vị).");

            return new UnitReport
            {
                Year = year,
                Unit = ReadUnit(unitElement),
                Organizations = Optional(root, "organizations", "organizations", ReadOrganizations),
                Members = Optional(root, "members", "members", ReadMembers),
                LeadershipCollectives = Optional(root, "leadershipCollectives", "leadershipCollectives", (e, p) => ReadCounts(e, p, new CountBlock())),
                Leaders = Optional(root, "leaders", "leaders", (e, p) => ReadCounts(e, p, new CountBlock())),
                MemberList = Optional(root, "memberList", "memberList", ReadMemberList),
                OwnRating = Optional(root, "ownRating", "ownRating", ReadOwnRating),
            };
        }

        private UnitInfo ReadUnit(JsonElement e)
        {
            RequireObject(e, "unit");
            var kindText = RequiredString(e, "kind", "unit.kind");
            var kind = UnitKinds.FromSlug(kindText)
                ?? throw Shape(UnknownValue, "unit.kind",
                    $"Loại đơn vị \"{kindText}\" không hợp lệ; dùng một trong: {string.Join(", ", UnitKinds.All.Select(k => k.Slug()))}.");
            return new UnitInfo
            {
                Code = RequiredString(e, "code", "unit.code"),
                Name = RequiredString(e, "name", "unit.name"),
                Kind = kind,
                Category = OptionalString(e, "category", "unit.category"),
                Parent = OptionalString(e, "parent", "unit.parent"),
            };
        }

        private OrganizationBlocks ReadOrganizations(JsonElement e, string path) => new()
        {
            BaseOrganizations = Optional(e, "baseOrganizations", $"{path}.baseOrganizations", ReadOrganizationBlock),
            PartialCommittees = Optional(e, "partialCommittees", $"{path}.partialCommittees", ReadOrganizationBlock),
            SubordinateCells = Optional(e, "subordinateCells", $"{path}.subordinateCells", ReadOrganizationBlock),
            UpperCommittees = Optional(e, "upperCommittees", $"{path}.upperCommittees", ReadOrganizationBlock),
        };

        private OrganizationBlock ReadOrganizationBlock(JsonElement e, string path)
        {
            var block = ReadCounts(e, path, new OrganizationBlock());
            var rows = Optional(e, "byCategory", $"{path}.byCategory", (arr, p) =>
            {
                RequireArray(arr, p);
                var list = new List<CategoryRow>();
                var i = 0;
                foreach (var item in arr.EnumerateArray())
                {
                    var itemPath = $"{p}[{i++}]";
                    RequireObject(item, itemPath);
                    list.Add(ReadCounts(item, itemPath, new CategoryRow { Category = RequiredString(item, "category", $"{itemPath}.category") }));
                }
                return (IReadOnlyList<CategoryRow>)list;
            });
            return block with { ByCategory = rows };
        }

        private MemberBlock ReadMembers(JsonElement e, string path)
        {
            var block = ReadCounts(e, path, new MemberBlock());
            var exempt = Optional(e, "exempt", $"{path}.exempt", (x, p) => new ExemptCounts
            {
                Excused = Count(x, "excused", $"{p}.excused"),
                Suspended = Count(x, "suspended", $"{p}.suspended"),
                NewlyAdmitted = Count(x, "newlyAdmitted", $"{p}.newlyAdmitted"),
            });
            return block with { Exempt = exempt, DisciplinedInYear = Count(e, "disciplinedInYear", $"{path}.disciplinedInYear") };
        }

        private T ReadCounts<T>(JsonElement e, string path, T seed) where T : CountBlock
        {
            RequireObject(e, path);
            return seed with
            {
                Total = Count(e, "total", $"{path}.total"),
                NotRated = Count(e, "notRated", $"{path}.notRated"),
                Rated = Count(e, "rated", $"{path}.rated"),
                Excellent = Count(e, "excellent", $"{path}.excellent"),
                Good = Count(e, "good", $"{path}.good"),
                Complete = Count(e, "complete", $"{path}.complete"),
                NotComplete = Count(e, "notComplete", $"{path}.notComplete"),
                StatedPercents = Optional(e, "statedPercents", $"{path}.statedPercents", ReadPercents),
                QuotaExceptionApproved = Bool(e, "quotaExceptionApproved", $"{path}.quotaExceptionApproved"),
            };
        }

        private LevelPercents ReadPercents(JsonElement e, string path)
        {
            RequireObject(e, path);
            return LevelPercents.From(level => Number(e, level.JsonKey(), $"{path}.{level.JsonKey()}"));
        }

        private OwnRating ReadOwnRating(JsonElement e, string path)
        {
            RequireObject(e, path);
            return new OwnRating
            {
                Level = Level(e, "level", $"{path}.level"),
                Score = Number(e, "score", $"{path}.score"),
                HasDisciplinedSubordinate = Bool(e, "hasDisciplinedSubordinate", $"{path}.hasDisciplinedSubordinate"),
            };
        }

        private IReadOnlyList<MemberEntry> ReadMemberList(JsonElement e, string path)
        {
            RequireArray(e, path);
            var list = new List<MemberEntry>(e.GetArrayLength());
            var i = 0;
            foreach (var item in e.EnumerateArray())
            {
                var p = $"{path}[{i++}]";
                RequireObject(item, p);
                int? birthYear = null;
                if (Number(item, "birthYear", $"{p}.birthYear") is { } by)
                {
                    if (by != Math.Truncate(by) || by is < 1850 or > 2200)
                        throw Shape(WrongType, $"{p}.birthYear", $"\"{p}.birthYear\" phải là năm sinh (số nguyên), đang là {by}.");
                    birthYear = (int)by;
                }
                list.Add(new MemberEntry
                {
                    Name = RequiredString(item, "name", $"{p}.name"),
                    BirthYear = birthYear,
                    Position = OptionalString(item, "position", $"{p}.position"),
                    Cell = OptionalString(item, "cell", $"{p}.cell"),
                    Form = OptionalString(item, "form", $"{p}.form"),
                    GeneralScore = Number(item, "generalScore", $"{p}.generalScore"),
                    TaskScore = Number(item, "taskScore", $"{p}.taskScore"),
                    SelfLevel = Level(item, "selfLevel", $"{p}.selfLevel"),
                    ProposedLevel = Level(item, "proposedLevel", $"{p}.proposedLevel"),
                    DecidedLevel = Level(item, "decidedLevel", $"{p}.decidedLevel"),
                    ExemptReason = Exempt(item, "exemptReason", $"{p}.exemptReason"),
                    DisciplinedInYear = Bool(item, "disciplinedInYear", $"{p}.disciplinedInYear"),
                    Disqualified = Bool(item, "disqualified", $"{p}.disqualified"),
                    CompetentLevelException = Bool(item, "competentLevelException", $"{p}.competentLevelException"),
                    PreviousLevel = Level(item, "previousLevel", $"{p}.previousLevel"),
                    Note = OptionalString(item, "note", $"{p}.note"),
                });
            }
            return list;
        }

        // ---- primitives -------------------------------------------------------------------------------------------

        private T? Optional<T>(JsonElement parent, string name, string path, Func<JsonElement, string, T> read) where T : class =>
            parent.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null ? read(e, path) : null;

        private long? Count(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
            if (e.ValueKind != JsonValueKind.Number)
                throw Shape(WrongType, path, $"\"{path}\" phải là một số, đang là {Raw(e)}.");
            if (e.TryGetInt64(out var whole)) return whole;
            if (!e.TryGetDecimal(out var d) || d > long.MaxValue || d < long.MinValue)
                throw Shape(WrongType, path, $"\"{path}\" quá lớn: {Raw(e)}.");
            Findings.Add(Finding.Error(FractionalCount, path, $"\"{path}\" là số đếm nhưng có phần lẻ ({Raw(e)})."));
            return (long)Math.Truncate(d);
        }

        private decimal? Number(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
            if (e.ValueKind != JsonValueKind.Number || !e.TryGetDecimal(out var d))
                throw Shape(WrongType, path, $"\"{path}\" phải là một số, đang là {Raw(e)}.");
            return d;
        }

        private bool Bool(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return false;
            return e.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Shape(WrongType, path, $"\"{path}\" phải là true hoặc false, đang là {Raw(e)}."),
            };
        }

        private string RequiredString(JsonElement parent, string name, string path) =>
            OptionalString(parent, name, path) ?? throw Shape(MissingField, path, $"Thiếu trường \"{path}\".");

        private string? OptionalString(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
            if (e.ValueKind != JsonValueKind.String)
                throw Shape(WrongType, path, $"\"{path}\" phải là chuỗi ký tự, đang là {Raw(e)}.");
            return VietnameseText.Clean(e.GetString());
        }

        private RatingLevel? Level(JsonElement parent, string name, string path)
        {
            var text = OptionalString(parent, name, path);
            if (string.IsNullOrEmpty(text)) return null;
            var level = RatingLevelParser.TryParse(text);
            if (level is null)
                Findings.Add(Finding.Error(UnknownLevel, path,
                    $"\"{text}\" không phải là mức xếp loại; dùng: {string.Join("; ", RatingLevels.All.Select(l => l.VietnameseName()))} (hoặc HTXSNV, HTTNV, HTNV, KHTNV)."));
            return level;
        }

        private ExemptReason? Exempt(JsonElement parent, string name, string path)
        {
            var text = OptionalString(parent, name, path);
            if (string.IsNullOrEmpty(text)) return null;
            var reason = ExemptReasonParser.TryParse(text);
            if (reason is null)
                Findings.Add(Finding.Error(UnknownExemptReason, path,
                    $"\"{text}\" không phải là diện không đánh giá; dùng: {string.Join("; ", ExemptReasons.All.Select(r => r.VietnameseName()))}."));
            return reason;
        }

        private static void RequireObject(JsonElement e, string path)
        {
            if (e.ValueKind != JsonValueKind.Object)
                throw Shape(WrongType, path, $"\"{path}\" phải là một đối tượng {{ … }}, đang là {Raw(e)}.");
        }

        private static void RequireArray(JsonElement e, string path)
        {
            if (e.ValueKind != JsonValueKind.Array)
                throw Shape(WrongType, path, $"\"{path}\" phải là một mảng [ … ], đang là {Raw(e)}.");
        }

        private static ShapeException Shape(string code, string path, string message) => new(Finding.Error(code, path, message));

        private static string Raw(JsonElement e)
        {
            var text = e.ValueKind switch
            {
                JsonValueKind.String => $"chuỗi \"{e.GetString()}\"",
                JsonValueKind.Object => "một đối tượng",
                JsonValueKind.Array => "một mảng",
                JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
                _ => e.GetRawText(),
            };
            return text.Length > 80 ? text[..80] + "…" : text;
        }
    }

    // ---- writing ---------------------------------------------------------------------------------------------------

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(UnitReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(UnitReport report, Stream output)
    {
        using var w = new Utf8JsonWriter(output, s_writerOptions);
        w.WriteStartObject();
        w.WriteString("schema", UnitReport.SchemaId);
        w.WriteNumber("year", report.Year);
        w.WriteStartObject("unit");
        w.WriteString("code", report.Unit.Code);
        w.WriteString("name", report.Unit.Name);
        w.WriteString("kind", report.Unit.Kind.Slug());
        WriteStringOrNull(w, "category", report.Unit.Category);
        WriteStringOrNull(w, "parent", report.Unit.Parent);
        w.WriteEndObject();

        if (report.Organizations is { } orgs)
        {
            w.WriteStartObject("organizations");
            foreach (var (kind, block) in orgs.Present())
            {
                w.WriteStartObject(kind.JsonKey());
                WriteCounts(w, block);
                if (block.ByCategory is { } rows)
                {
                    w.WriteStartArray("byCategory");
                    foreach (var row in rows)
                    {
                        w.WriteStartObject();
                        w.WriteString("category", row.Category);
                        WriteCounts(w, row);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }

        if (report.Members is { } members)
        {
            w.WriteStartObject("members");
            WriteCounts(w, members);
            if (members.Exempt is { } exempt)
            {
                w.WriteStartObject("exempt");
                foreach (var reason in ExemptReasons.All)
                    if (exempt.Get(reason) is { } v) w.WriteNumber(reason.JsonKey(), v);
                w.WriteEndObject();
            }
            if (members.DisciplinedInYear is { } d) w.WriteNumber("disciplinedInYear", d);
            w.WriteEndObject();
        }
        if (report.LeadershipCollectives is { } lc) { w.WriteStartObject("leadershipCollectives"); WriteCounts(w, lc); w.WriteEndObject(); }
        if (report.Leaders is { } leaders) { w.WriteStartObject("leaders"); WriteCounts(w, leaders); w.WriteEndObject(); }

        if (report.OwnRating is { } own)
        {
            w.WriteStartObject("ownRating");
            if (own.Level is { } level) w.WriteString("level", level.JsonKey());
            if (own.Score is { } score) w.WriteNumber("score", score);
            if (own.HasDisciplinedSubordinate) w.WriteBoolean("hasDisciplinedSubordinate", true);
            w.WriteEndObject();
        }

        if (report.MemberList is { } list)
        {
            w.WriteStartArray("memberList");
            foreach (var m in list)
            {
                w.WriteStartObject();
                w.WriteString("name", m.Name);
                if (m.BirthYear is { } by) w.WriteNumber("birthYear", by);
                if (m.Position is { } pos) w.WriteString("position", pos);
                if (m.Cell is { } cell) w.WriteString("cell", cell);
                if (m.Form is { } form) w.WriteString("form", form);
                if (m.GeneralScore is { } gs) w.WriteNumber("generalScore", gs);
                if (m.TaskScore is { } ts) w.WriteNumber("taskScore", ts);
                if (m.SelfLevel is { } sl) w.WriteString("selfLevel", sl.JsonKey());
                if (m.ProposedLevel is { } pl) w.WriteString("proposedLevel", pl.JsonKey());
                if (m.DecidedLevel is { } dl) w.WriteString("decidedLevel", dl.JsonKey());
                if (m.ExemptReason is { } er) w.WriteString("exemptReason", er.JsonKey());
                if (m.DisciplinedInYear) w.WriteBoolean("disciplinedInYear", true);
                if (m.Disqualified) w.WriteBoolean("disqualified", true);
                if (m.CompetentLevelException) w.WriteBoolean("competentLevelException", true);
                if (m.PreviousLevel is { } prev) w.WriteString("previousLevel", prev.JsonKey());
                if (m.Note is { } note) w.WriteString("note", note);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, CountBlock b)
    {
        if (b.Total is { } total) w.WriteNumber("total", total);
        if (b.NotRated is { } notRated) w.WriteNumber("notRated", notRated);
        if (b.Rated is { } rated) w.WriteNumber("rated", rated);
        foreach (var level in RatingLevels.All)
            if (b.Get(level) is { } v) w.WriteNumber(level.JsonKey(), v);
        if (b.StatedPercents is { } p)
        {
            w.WriteStartObject("statedPercents");
            foreach (var level in RatingLevels.All)
                if (p.Get(level) is { } v) w.WriteNumber(level.JsonKey(), v);
            w.WriteEndObject();
        }
        if (b.QuotaExceptionApproved) w.WriteBoolean("quotaExceptionApproved", true);
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
