<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Access</name>
    <message>
        <source>Sign in first: this site file has user accounts.</source>
        <translation>Сначала войдите: в этом файле офиса есть учётные записи пользователей.</translation>
    </message>
    <message>
        <source>Your role does not include reading case files.</source>
        <translation>Ваша роль не даёт права просматривать личные дела.</translation>
    </message>
    <message>
        <source>Only case workers and supervisors may change case files.</source>
        <translation>Изменять личные дела могут только специалисты по работе со случаем и супервизоры.</translation>
    </message>
    <message>
        <source>Only case workers and supervisors may resolve conflicts.</source>
        <translation>Разрешать конфликты могут только специалисты по работе со случаем и супервизоры.</translation>
    </message>
    <message>
        <source>Only case workers and supervisors may review possible duplicates.</source>
        <translation>Проверять возможные дубликаты могут только специалисты по работе со случаем и супервизоры.</translation>
    </message>
    <message>
        <source>Only case workers and supervisors may share a case.</source>
        <translation>Предоставлять доступ к делу могут только специалисты по работе со случаем и супервизоры.</translation>
    </message>
    <message>
        <source>Only a supervisor may transfer a case to another office.</source>
        <translation>Передать дело в другой офис может только супервизор.</translation>
    </message>
    <message>
        <source>Only a supervisor may go beyond the client&apos;s consent.</source>
        <translation>Выйти за рамки согласия клиента может только супервизор.</translation>
    </message>
    <message>
        <source>Only case workers and supervisors may mark a case sensitive.</source>
        <translation>Ограничивать доступ к делу могут только специалисты по работе со случаем и супервизоры.</translation>
    </message>
    <message>
        <source>Only a supervisor may sign off plans and closures.</source>
        <translation>Утверждать планы и закрытие дел может только супервизор.</translation>
    </message>
    <message>
        <source>Only an office administrator may manage user accounts.</source>
        <translation>Управлять учётными записями может только администратор офиса.</translation>
    </message>
    <message>
        <source>Only an office administrator may work with the site&apos;s keys and peers.</source>
        <translation>Работать с ключами офиса и партнёрами по обмену может только администратор офиса.</translation>
    </message>
    <message>
        <source>Only an office administrator may export or import sync packages.</source>
        <translation>Экспортировать и импортировать пакеты синхронизации может только администратор офиса.</translation>
    </message>
    <message>
        <source>Only an office administrator may make or restore backups.</source>
        <translation>Создавать и восстанавливать резервные копии может только администратор офиса.</translation>
    </message>
    <message>
        <source>Only an auditor may read the record of who opened sensitive cases.</source>
        <translation>Просматривать записи о том, кто открывал дела с ограниченным доступом, может только аудитор.</translation>
    </message>
    <message>
        <source>Only an office administrator may generate test data.</source>
        <translation>Создавать тестовые данные может только администратор офиса.</translation>
    </message>
    <message>
        <source>Only an office administrator may rebuild or repair the site file.</source>
        <translation>Перестраивать или исправлять файл офиса может только администратор офиса.</translation>
    </message>
    <message>
        <source>Only an auditor may list every record of the site file.</source>
        <translation>Просматривать все записи файла офиса может только аудитор.</translation>
    </message>
    <message>
        <source>Only an office administrator of the central desk may change the reference data: assessment templates, their parameters and the partner agencies.</source>
        <translation>Изменять справочные данные — шаблоны оценки, их параметры и организации-партнёры — может только администратор центрального офиса.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A login is 2 to 32 Latin letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Логин — от 2 до 32 латинских букв, цифр, точек, дефисов или знаков подчёркивания; первым должна быть буква или цифра.</translation>
    </message>
    <message>
        <source>The first account of a site file must be an office administrator.</source>
        <translation>Первой учётной записью в файле офиса должен быть администратор офиса.</translation>
    </message>
    <message>
        <source>The first administrator must belong to this site.</source>
        <translation>Первый администратор должен относиться к этому офису.</translation>
    </message>
    <message>
        <source>An office makes accounts only for its own workers; the central desk makes the others.</source>
        <translation>Офис создаёт учётные записи только для своих специалистов; остальные создаёт центральный офис.</translation>
    </message>
    <message>
        <source>Enter the worker&apos;s name.</source>
        <translation>Введите имя специалиста.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Выберите хотя бы одну роль.</translation>
    </message>
    <message>
        <source>That office is not known here.</source>
        <translation>Этот офис здесь неизвестен.</translation>
    </message>
    <message>
        <source>The login %1 is already taken.</source>
        <translation>Логин %1 уже занят.</translation>
    </message>
    <message>
        <source>%1 belongs to another site; the central desk manages that account.</source>
        <translation>%1 относится к другому офису; этой учётной записью управляет центральный офис.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Такой учётной записи нет.</translation>
    </message>
    <message>
        <source>Sign in first: this site file has user accounts.</source>
        <translation>Сначала войдите: в этом файле офиса есть учётные записи пользователей.</translation>
    </message>
    <message>
        <source>Change your password at your own office.</source>
        <translation>Сменить пароль можно только в своём офисе.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль введён неверно.</translation>
    </message>
    <message>
        <source>%1 is the last administrator who can open this site&apos;s keys. Make another administrator first.</source>
        <translation>%1 — последний администратор, который может открыть ключи этого офиса. Сначала назначьте другого администратора.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных паролей. Повторите попытку через %n секунду.</numerusform>
            <numerusform>Слишком много неверных паролей. Повторите попытку через %n секунды.</numerusform>
            <numerusform>Слишком много неверных паролей. Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong login or password. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Неверный логин или пароль. Следующая попытка — через %n секунду.</numerusform>
            <numerusform>Неверный логин или пароль. Следующая попытка — через %n секунды.</numerusform>
            <numerusform>Неверный логин или пароль. Следующая попытка — через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your office administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору офиса.</translation>
    </message>
</context>
<context>
    <name>AssessmentParameters</name>
    <message>
        <source>Subsistence minimum per person per month</source>
        <translation>Прожиточный минимум на человека в месяц</translation>
    </message>
    <message>
        <source>Poverty line as a share of the subsistence minimum (per mille)</source>
        <translation>Черта бедности как доля прожиточного минимума (в промилле)</translation>
    </message>
    <message>
        <source>Housing norm, square metres per person</source>
        <translation>Норма жилой площади, кв. м на человека</translation>
    </message>
    <message>
        <source>Only the central desk sets the poverty line and the other means-test parameters; they reach offices in the next package.</source>
        <translation>Черту бедности и другие параметры проверки нуждаемости устанавливает только центральный офис; в офисы они поступают со следующим пакетом.</translation>
    </message>
    <message>
        <source>Unknown parameter %1; known: %2</source>
        <translation>Неизвестный параметр %1; известные: %2</translation>
    </message>
    <message>
        <source>Give the date from which the value is in force.</source>
        <translation>Укажите дату, с которой действует значение.</translation>
    </message>
    <message>
        <source>The value %1 is not possible for %2.</source>
        <translation>Значение %1 недопустимо для параметра «%2».</translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>учитывается</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Учитывается</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>does not count</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <source>does not count: the member is not counted</source>
        <translation>не учитывается: член семьи не учитывается</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>учитывается</translation>
    </message>
    <message>
        <source>No income was entered.</source>
        <translation>Доходы не указаны.</translation>
    </message>
    <message>
        <source>Kind of income</source>
        <translation>Вид дохода</translation>
    </message>
    <message>
        <source>Amount over the period</source>
        <translation>Сумма за расчётный период</translation>
    </message>
    <message>
        <source>In the income</source>
        <translation>Учёт в доходе</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>The template of this assessment is not known at this site, so the answers are shown as stored.</source>
        <translation>Шаблон этой оценки в этом офисе неизвестен, поэтому ответы показаны в том виде, в каком они сохранены.</translation>
    </message>
    <message>
        <source>%1 ‰ (%2 %)</source>
        <translation>%1 ‰ (%2 %)</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 м²</translation>
    </message>
    <message>
        <source>Means test</source>
        <translation>Проверка нуждаемости</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>all regions</source>
        <translation>все регионы</translation>
    </message>
    <message>
        <source>shipped with CaseDesk</source>
        <translation>входит в поставку CaseDesk</translation>
    </message>
    <message>
        <source>central desk</source>
        <translation>центральный офис</translation>
    </message>
    <message>
        <source>Parameters used</source>
        <translation>Использованные параметры</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Сфера</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Overall level: %1</source>
        <translation>Общий уровень: %1</translation>
    </message>
    <message>
        <source>(total score %1)</source>
        <translation>(сумма баллов: %1)</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>No needs were raised.</source>
        <translation>Потребности не выявлены.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Preview from the answers so far; the assessment is not completed and this is not its result.</source>
        <translation>Предварительный расчёт по уже данным ответам; оценка не завершена, и это не её результат.</translation>
    </message>
    <message>
        <source>An answer was changed at another site after completion; the result stays as it was computed.</source>
        <translation>После завершения оценки ответ был изменён в другом офисе; результат остаётся таким, каким был рассчитан.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Начал(а)</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Завершил(а)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, версия %2</translation>
    </message>
    <message>
        <source>DRAFT — not completed</source>
        <translation>ЧЕРНОВИК — оценка не завершена</translation>
    </message>
    <message>
        <source>The answers may still change. The result below is a preview and has not been decided.</source>
        <translation>Ответы ещё могут измениться. Приведённый ниже результат предварительный, решение по нему не принято.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Специалист по работе со случаем</translation>
    </message>
    <message>
        <source>%1 · Case %2 · printed %3 · confidential</source>
        <translation>%1 · Дело %2 · напечатано %3 · конфиденциально</translation>
    </message>
    <message>
        <source>%1 · Case %2 · printed %3</source>
        <translation>%1 · Дело %2 · напечатано %3</translation>
    </message>
    <message>
        <source>This case is sensitive; its assessments cannot be printed here.</source>
        <translation>Доступ к этому делу ограничен; его оценки здесь печатать нельзя.</translation>
    </message>
    <message>
        <source>Needs assessment: %1</source>
        <translation>Оценка потребностей: %1</translation>
    </message>
    <message>
        <source>%1 · DRAFT — not completed</source>
        <translation>%1 · ЧЕРНОВИК — оценка не завершена</translation>
    </message>
    <message>
        <source>Template: %1, content hash %2 (computation rules %3).</source>
        <translation>Шаблон: %1, контрольная сумма %2 (правила расчёта %3).</translation>
    </message>
</context>
<context>
    <name>AssessmentResult</name>
    <message>
        <source>none</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>кризисный</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>экстренный</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>имеет право на помощь</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>не имеет права на помощь</translation>
    </message>
    <message>
        <source>refer to the local commission</source>
        <translation>направить на участковую комиссию</translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation>расчёт невозможен</translation>
    </message>
</context>
<context>
    <name>AssessmentTemplate</name>
    <message>
        <source>the key &quot;%1&quot; is not part of the template format</source>
        <translation>ключ &quot;%1&quot; не предусмотрен форматом шаблона</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an id of lower-case letters, digits and _</source>
        <translation>поле &quot;%1&quot; должно быть идентификатором из строчных латинских букв, цифр и _</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must give a text in English (en) and in Russian (ru)</source>
        <translation>поле &quot;%1&quot; должно содержать текст на английском (en) и на русском (ru) языках</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>поле &quot;%1&quot; должно быть числом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>поле &quot;%1&quot; должно быть целым числом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>поле &quot;%1&quot; должно быть true или false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of ids</source>
        <translation>поле &quot;%1&quot; должно быть списком идентификаторов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list that is not empty</source>
        <translation>поле &quot;%1&quot; должно быть непустым списком</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a rule in quotes</source>
        <translation>поле &quot;%1&quot; должно быть правилом в кавычках</translation>
    </message>
    <message>
        <source>the show-if rule does not parse: %1</source>
        <translation>не удаётся разобрать правило показа: %1</translation>
    </message>
    <message>
        <source>question &quot;%1&quot;</source>
        <translation>вопрос &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the range %1 ends before it starts</source>
        <translation>диапазон %1 заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>the range %1 overlaps the range %2</source>
        <translation>диапазон %1 пересекается с диапазоном %2</translation>
    </message>
    <message>
        <source>the answer kind &quot;%1&quot; is not one of choice, multi_choice, number, money, date, yes_no, text, household, incomes</source>
        <translation>тип ответа &quot;%1&quot; не входит в список: choice, multi_choice, number, money, date, yes_no, text, household, incomes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to a %2 question</source>
        <translation>поле &quot;%1&quot; неприменимо к вопросу типа %2</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>для выбора нужно не менее двух вариантов</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; appears twice</source>
        <translation>вариант &quot;%1&quot; указан дважды</translation>
    </message>
    <message>
        <source>&quot;min&quot; is greater than &quot;max&quot;</source>
        <translation>&quot;min&quot; больше, чем &quot;max&quot;</translation>
    </message>
    <message>
        <source>&quot;decimals&quot; must be 0 to 3</source>
        <translation>поле &quot;decimals&quot; должно быть от 0 до 3</translation>
    </message>
    <message>
        <source>the show-if rule names &quot;%1&quot;, which is not asked before it</source>
        <translation>правило показа ссылается на &quot;%1&quot;, а этот вопрос не задаётся раньше</translation>
    </message>
    <message>
        <source>the show-if rule can only compare &quot;%1&quot; with = or !=</source>
        <translation>правило показа может сравнивать &quot;%1&quot; только с помощью = или !=</translation>
    </message>
    <message>
        <source>the show-if rule compares &quot;%1&quot; with &quot;%2&quot;, which is not one of its options</source>
        <translation>правило показа сравнивает &quot;%1&quot; с &quot;%2&quot;, но такого варианта ответа у него нет</translation>
    </message>
    <message>
        <source>the show-if rule can only ask whether &quot;%1&quot; includes an option</source>
        <translation>правило показа может только проверять, включает ли &quot;%1&quot; вариант (includes)</translation>
    </message>
    <message>
        <source>the show-if rule asks for &quot;%2&quot;, which is not an option of &quot;%1&quot;</source>
        <translation>правило показа проверяет &quot;%2&quot;, но у &quot;%1&quot; нет такого варианта ответа</translation>
    </message>
    <message>
        <source>the show-if rule can only compare &quot;%1&quot; with = yes or = no</source>
        <translation>правило показа может сравнивать &quot;%1&quot; только с = yes или = no</translation>
    </message>
    <message>
        <source>the show-if rule must compare &quot;%1&quot; with a number</source>
        <translation>правило показа должно сравнивать &quot;%1&quot; с числом</translation>
    </message>
    <message>
        <source>the show-if rule must compare &quot;%1&quot; with a date &apos;YYYY-MM-DD&apos;</source>
        <translation>правило показа должно сравнивать &quot;%1&quot; с датой &apos;YYYY-MM-DD&apos;</translation>
    </message>
    <message>
        <source>the show-if rule cannot compare the answer of &quot;%1&quot;</source>
        <translation>правило показа не может сравнивать ответ на &quot;%1&quot;</translation>
    </message>
    <message>
        <source>domain &quot;%1&quot;</source>
        <translation>сфера &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;emergency&quot; must be greater than &quot;crisis&quot;, and both above 0</source>
        <translation>&quot;emergency&quot; должно быть больше &quot;crisis&quot;, и оба значения должны быть больше 0</translation>
    </message>
    <message>
        <source>the domain appears twice</source>
        <translation>сфера указана дважды</translation>
    </message>
    <message>
        <source>overall level &quot;%1&quot;</source>
        <translation>общий уровень &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give &quot;domains&quot;, &quot;total&quot; or both</source>
        <translation>укажите &quot;domains&quot;, &quot;total&quot; или оба</translation>
    </message>
    <message>
        <source>the thresholds must be above 0</source>
        <translation>пороговые значения должны быть больше 0</translation>
    </message>
    <message>
        <source>a means test needs a &quot;means_test&quot; part</source>
        <translation>для проверки нуждаемости нужен раздел &quot;means_test&quot;</translation>
    </message>
    <message>
        <source>only a means-test template has a &quot;means_test&quot; part</source>
        <translation>раздел &quot;means_test&quot; может быть только в шаблоне проверки нуждаемости</translation>
    </message>
    <message>
        <source>means test</source>
        <translation>проверка нуждаемости</translation>
    </message>
    <message>
        <source>&quot;period_months&quot; must be 1 to 24</source>
        <translation>поле &quot;period_months&quot; должно быть от 1 до 24</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name a %2 question of the template</source>
        <translation>поле &quot;%1&quot; должно указывать на вопрос шаблона типа %2</translation>
    </message>
    <message>
        <source>the welfare flag &quot;%1&quot; must be a yes/no question</source>
        <translation>признак благополучия &quot;%1&quot; должен быть вопросом с ответом «да» или «нет»</translation>
    </message>
    <message>
        <source>income kind &quot;%1&quot;</source>
        <translation>вид дохода &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;counts&quot; must be true or false</source>
        <translation>поле &quot;counts&quot; должно быть true или false</translation>
    </message>
    <message>
        <source>the income kind appears twice</source>
        <translation>вид дохода указан дважды</translation>
    </message>
    <message>
        <source>%1: the need &quot;%2&quot; is not in the template&apos;s list of needs</source>
        <translation>%1: потребности &quot;%2&quot; нет в списке потребностей шаблона</translation>
    </message>
    <message>
        <source>%1: the domain &quot;%2&quot; is not in the template&apos;s domains</source>
        <translation>%1: сферы &quot;%2&quot; нет среди сфер шаблона</translation>
    </message>
    <message>
        <source>%1: household and incomes questions belong to a means test</source>
        <translation>%1: вопросы типа household и incomes допустимы только в проверке нуждаемости</translation>
    </message>
    <message>
        <source>The template is not valid JSON (at character %1: %2).</source>
        <translation>Шаблон не является корректным JSON (символ %1: %2).</translation>
    </message>
    <message>
        <source>The template is not a JSON object.</source>
        <translation>Шаблон не является объектом JSON.</translation>
    </message>
    <message>
        <source>The template was made for a newer CaseDesk (format %1).</source>
        <translation>Шаблон создан для более новой версии CaseDesk (формат %1).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be 1</source>
        <translation>поле &quot;format&quot; должно быть равно 1</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>поле &quot;version&quot; должно быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>&quot;effective_from&quot; must be a date YYYY-MM-DD</source>
        <translation>поле &quot;effective_from&quot; должно быть датой в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be scored, means_test or profile</source>
        <translation>поле &quot;kind&quot; должно быть scored, means_test или profile</translation>
    </message>
    <message>
        <source>need &quot;%1&quot;</source>
        <translation>потребность &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the need appears twice</source>
        <translation>потребность указана дважды</translation>
    </message>
    <message>
        <source>a scored template needs an &quot;overall&quot; rule</source>
        <translation>в шаблоне с баллами нужно правило &quot;overall&quot;</translation>
    </message>
    <message>
        <source>&quot;overall&quot; needs both &quot;crisis&quot; and &quot;emergency&quot;</source>
        <translation>в &quot;overall&quot; нужны и &quot;crisis&quot;, и &quot;emergency&quot;</translation>
    </message>
    <message>
        <source>only a scored template has domains and an overall level</source>
        <translation>сферы и общий уровень могут быть только в шаблоне с баллами</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;</source>
        <translation>раздел &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the section appears twice</source>
        <translation>раздел указан дважды</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; appears twice</source>
        <translation>вопрос &quot;%1&quot; указан дважды</translation>
    </message>
    <message>
        <source>The template %1 cannot be used: %2.</source>
        <translation>Шаблон %1 нельзя использовать: %2.</translation>
    </message>
    <message>
        <source>(without an id)</source>
        <translation>(без идентификатора)</translation>
    </message>
    <message>
        <source>%1, version %2 (from %3)</source>
        <translation>%1, версия %2 (с %3)</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>The case does not exist.</source>
        <translation>Такого дела нет.</translation>
    </message>
    <message>
        <source>This site does not know the template; it may arrive with the next package from the central desk.</source>
        <translation>Этот шаблон в этом офисе неизвестен; возможно, он поступит со следующим пакетом из центрального офиса.</translation>
    </message>
    <message>
        <source>The assessment date must be a valid date, not in the future.</source>
        <translation>Дата оценки должна быть правильной и не может быть в будущем.</translation>
    </message>
    <message>
        <source>This version of the template is in force from %1; an assessment dated %2 cannot use it.</source>
        <translation>Эта версия шаблона действует с %1; для оценки от %2 её использовать нельзя.</translation>
    </message>
    <message>
        <source>The assessment is completed and can no longer be changed.</source>
        <translation>Оценка завершена, и изменить её больше нельзя.</translation>
    </message>
    <message>
        <source>This site does not know the template of the assessment.</source>
        <translation>Шаблон этой оценки в этом офисе неизвестен.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) need attention before the assessment can be completed. First: &quot;%1&quot;: %2</source>
        <translation>
            <numerusform>Прежде чем завершить оценку, нужно проверить %n ответ. Первый — на вопрос «%1»: %2</numerusform>
            <numerusform>Прежде чем завершить оценку, нужно проверить %n ответа. Первый — на вопрос «%1»: %2</numerusform>
            <numerusform>Прежде чем завершить оценку, нужно проверить %n ответов. Первый — на вопрос «%1»: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The assessment does not exist.</source>
        <translation>Такой оценки нет.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overall level</source>
        <translation>Общий уровень</translation>
    </message>
    <message>
        <source>Per-capita income per month</source>
        <translation>Среднедушевой доход в месяц</translation>
    </message>
    <message>
        <source>Poverty line</source>
        <translation>Черта бедности</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>требуется</translation>
    </message>
    <message>
        <source>no longer needed</source>
        <translation>больше не требуется</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>не требуется</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The copy could not be read back correctly (%1); the disk or stick may be failing.</source>
        <translation>Записанную копию не удалось правильно прочитать (%1); возможно, диск или флешка неисправны.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or is read-only.</source>
        <translation>Папка %1 не существует или доступна только для чтения.</translation>
    </message>
    <message>
        <source>A backup cannot replace the file it is made of.</source>
        <translation>Резервная копия не может заменить файл, из которого она сделана.</translation>
    </message>
    <message>
        <source>The backup was not written: %1</source>
        <translation>Резервная копия не записана: %1</translation>
    </message>
    <message>
        <source>The backup could not be flushed to the disk.</source>
        <translation>Не удалось до конца записать резервную копию на диск.</translation>
    </message>
    <message>
        <source>The backup could not be renamed to %1.</source>
        <translation>Не удалось переименовать резервную копию в %1.</translation>
    </message>
    <message>
        <source>Restoring replaces this site&apos;s file with the backup. The site then writes under a new incarnation: its change numbers start again under a new name, so nothing it writes can be confused with changes made after the backup. Changes made after the backup that were sent to the central desk come back with the next package; changes that were never sent are lost.</source>
        <translation>При восстановлении файл этого офиса заменяется резервной копией. После этого офис работает уже как новое поколение (инкарнация) базы: нумерация его изменений начинается заново под новым именем, поэтому новые записи невозможно спутать с изменениями, сделанными после создания копии. Изменения, сделанные после создания копии и уже отправленные в центральный офис, вернутся со следующим пакетом; изменения, которые не были отправлены, будут потеряны.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1 (is the disk full?).</source>
        <translation>Не удалось скопировать резервную копию в %1 (не заполнен ли диск?).</translation>
    </message>
    <message>
        <source>The restored file could not be put in place.</source>
        <translation>Не удалось поставить восстановленный файл на место.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку для резервных копий %1.</translation>
    </message>
</context>
<context>
    <name>CaseAccess</name>
    <message>
        <source>This case belongs to another office.</source>
        <translation>Это дело ведёт другой офис.</translation>
    </message>
    <message>
        <source>This case is restricted: only its worker and the office&apos;s supervisors may open it.</source>
        <translation>Доступ к этому делу ограничен: открыть его могут только ответственный специалист и супервизоры офиса.</translation>
    </message>
</context>
<context>
    <name>CaseClosure</name>
    <message>
        <source>The case file does not exist or was deleted.</source>
        <translation>Личное дело не существует или удалено.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>Дело уже закрыто.</translation>
    </message>
    <message>
        <source>The case&apos;s closure is already waiting for a supervisor&apos;s sign-off.</source>
        <translation>Закрытие дела уже ждёт утверждения супервизором.</translation>
    </message>
    <message>
        <source>Choose the reason for closing the case.</source>
        <translation>Выберите причину закрытия дела.</translation>
    </message>
    <message>
        <source>Choose the outcome of the case.</source>
        <translation>Выберите результат работы по делу.</translation>
    </message>
    <message>
        <source>Say in the closing notes why the case is closed.</source>
        <translation>Укажите в примечаниях к закрытию, почему дело закрывается.</translation>
    </message>
    <message>
        <source>Give the date the case is closed.</source>
        <translation>Укажите дату закрытия дела.</translation>
    </message>
    <message>
        <source>A case cannot be closed on a day still to come.</source>
        <translation>Дело нельзя закрыть днём, который ещё не наступил.</translation>
    </message>
    <message>
        <source>The case cannot be closed before it was opened (%1).</source>
        <translation>Дело нельзя закрыть раньше даты его открытия (%1).</translation>
    </message>
    <message>
        <source>There is no closure of this case waiting for sign-off.</source>
        <translation>Закрытие этого дела не ожидает утверждения.</translation>
    </message>
    <message>
        <source>The case is open.</source>
        <translation>Дело открыто.</translation>
    </message>
    <message>
        <source>Give the reason for reopening the case.</source>
        <translation>Укажите причину возобновления дела.</translation>
    </message>
    <message>
        <source>Give the date the case is reopened: today or a day before.</source>
        <translation>Укажите дату возобновления дела: сегодня или более ранний день.</translation>
    </message>
    <message>
        <source>The case cannot be reopened before it was closed (%1).</source>
        <translation>Дело нельзя возобновить раньше даты его закрытия (%1).</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <source>The case file does not exist or was deleted.</source>
        <translation>Личное дело не существует или удалено.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>same ID document number</source>
        <translation>тот же номер документа</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>те же ФИО и дата рождения</translation>
    </message>
    <message>
        <source>A passport number is one or two Latin letters and 7 or 8 digits, for example N12345678.</source>
        <translation>Номер паспорта — одна или две латинские буквы и 7 или 8 цифр, например N12345678.</translation>
    </message>
    <message>
        <source>An ID card number is 6 to 9 digits, optionally after one or two Latin letters.</source>
        <translation>Номер удостоверения личности — от 6 до 9 цифр, перед ними могут стоять одна или две латинские буквы.</translation>
    </message>
    <message>
        <source>A personal identification number has 12 or 14 digits.</source>
        <translation>Персональный идентификационный номер состоит из 12 или 14 цифр.</translation>
    </message>
    <message>
        <source>A birth certificate number is 5 to 20 letters, digits or dashes.</source>
        <translation>Номер свидетельства о рождении — от 5 до 20 букв, цифр или дефисов.</translation>
    </message>
    <message>
        <source>A residence permit number is 6 to 12 Latin letters or digits.</source>
        <translation>Номер вида на жительство — от 6 до 12 латинских букв или цифр.</translation>
    </message>
    <message>
        <source>The document number is too long (40 characters at most).</source>
        <translation>Номер документа слишком длинный (не более 40 символов).</translation>
    </message>
    <message>
        <source>Choose the kind of ID document.</source>
        <translation>Выберите вид документа, удостоверяющего личность.</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>Укажите фамилию.</translation>
    </message>
    <message>
        <source>The given name is required.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not valid: use 5 to 15 digits, with + ( ) - or spaces if you like.</source>
        <translation>Номер телефона «%1» указан неверно: введите от 5 до 15 цифр; можно добавить + ( ) - и пробелы.</translation>
    </message>
    <message>
        <source>Choose the worker the case is assigned to.</source>
        <translation>Выберите специалиста, ответственного за дело.</translation>
    </message>
    <message>
        <source>The opening date cannot be in the future.</source>
        <translation>Дата открытия не может быть в будущем.</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>Дата согласия не может быть в будущем.</translation>
    </message>
    <message>
        <source>The case file does not exist.</source>
        <translation>Личное дело не существует.</translation>
    </message>
    <message>
        <source>Unknown category of vulnerability: %1</source>
        <translation>Неизвестная категория уязвимости: %1</translation>
    </message>
    <message>
        <source>Give the date and time of the interaction.</source>
        <translation>Укажите дату и время взаимодействия.</translation>
    </message>
    <message>
        <source>An interaction cannot be recorded in the future.</source>
        <translation>Взаимодействие нельзя записать будущим числом.</translation>
    </message>
    <message>
        <source>Choose the kind of interaction.</source>
        <translation>Выберите вид взаимодействия.</translation>
    </message>
    <message>
        <source>Give the worker who had the interaction.</source>
        <translation>Укажите специалиста, который провёл взаимодействие.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB; documents up to %3 MB can be attached. Scan it at a lower resolution or in several parts.</source>
        <translation>Размер файла %1 — %2 МБ, а прикрепить можно документ не больше %3 МБ. Отсканируйте его с меньшим разрешением или по частям.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read completely.</source>
        <translation>Файл %1 не удалось прочитать полностью.</translation>
    </message>
    <message>
        <source>The document&apos;s content is not in this file (it may not have arrived from the other office yet).</source>
        <translation>Содержимого документа нет в этом файле (возможно, оно ещё не пришло из другого офиса).</translation>
    </message>
    <message>
        <source>The household member does not exist.</source>
        <translation>Такого члена домохозяйства нет.</translation>
    </message>
    <message>
        <source>The client cannot be removed from their own household.</source>
        <translation>Клиента нельзя исключить из его собственного домохозяйства.</translation>
    </message>
    <message>
        <source>This case was transferred to %1; it is read-only here.</source>
        <translation>Это дело передано в %1; здесь оно доступно только для чтения.</translation>
    </message>
    <message>
        <source>The case is sensitive and its opening could not be recorded: %1</source>
        <translation>Доступ к делу ограничен, но записать его открытие в журнал не удалось: %1</translation>
    </message>
    <message>
        <source>Give the reason the case is sensitive.</source>
        <translation>Укажите причину ограничения доступа к делу.</translation>
    </message>
    <message>
        <source>Mark the case sensitive, or lift the mark, with its own check box.</source>
        <translation>Ограничить доступ к делу или снять ограничение можно только отдельным флажком.</translation>
    </message>
    <message>
        <source>Stop sharing the case first: a sensitive case stays with its office and the central desk.</source>
        <translation>Сначала закройте доступ к делу для других офисов: дело с ограниченным доступом остаётся только в своём офисе и в центральном офисе.</translation>
    </message>
    <message>
        <source>This case is closed. Reopen it to change it.</source>
        <translation>Это дело закрыто. Чтобы изменить его, возобновите дело.</translation>
    </message>
    <message>
        <source>This case&apos;s closure is waiting for a supervisor&apos;s sign-off. Withdraw the closure to change the case.</source>
        <translation>Закрытие этого дела ждёт утверждения супервизором. Чтобы изменить дело, отзовите закрытие.</translation>
    </message>
    <message>
        <source>A case is closed and reopened with its own commands, not by editing its status.</source>
        <translation>Дело закрывают и возобновляют отдельными командами, а не изменением его статуса.</translation>
    </message>
    <message>
        <source>Choose light touch, standard or intensive case management.</source>
        <translation>Выберите облегчённую, стандартную или интенсивную модель ведения случая.</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Специалист по работе со случаем</translation>
    </message>
    <message>
        <source>Case-management model</source>
        <translation>Модель ведения случая</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>No household members are recorded.</source>
        <translation>Члены семьи не записаны.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>No assessment has been completed.</source>
        <translation>Ни одна оценка не завершена.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>The case has no plan.</source>
        <translation>У дела нет плана.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>No referrals.</source>
        <translation>Направлений нет.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>No interactions are recorded.</source>
        <translation>Взаимодействия не записаны.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>This case is sensitive; its summary cannot be printed here.</source>
        <translation>Это дело с ограниченным доступом; его сводку здесь напечатать нельзя.</translation>
    </message>
    <message>
        <source>Case file summary</source>
        <translation>Сводка по делу</translation>
    </message>
    <message>
        <source>%1 · Case %2 · printed %3 · confidential</source>
        <translation>%1 · Дело %2 · напечатано %3 · конфиденциально</translation>
    </message>
    <message>
        <source>%1 · Case %2 · printed %3</source>
        <translation>%1 · Дело %2 · напечатано %3</translation>
    </message>
    <message>
        <source>Redacted: ID numbers, addresses, phone numbers and birth dates are left out.</source>
        <translation>Обезличенная копия: номера документов, адреса, телефоны и даты рождения не печатаются.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Последние взаимодействия</translation>
    </message>
    <message>
        <source>%1 done, %2 open (%3 of them overdue)</source>
        <translation>выполнено: %1, открыто: %2 (из них просрочено: %3)</translation>
    </message>
    <message>
        <source>%1 done, %2 open</source>
        <translation>выполнено: %1, открыто: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 needs a whole number.</source>
        <translation>В поле %1 нужно целое число.</translation>
    </message>
    <message>
        <source>%1 needs yes or no.</source>
        <translation>В поле %1 нужно yes или no.</translation>
    </message>
    <message>
        <source>%1 needs a record id.</source>
        <translation>В поле %1 нужен идентификатор записи.</translation>
    </message>
    <message>
        <source>Unknown field type.</source>
        <translation>Неизвестный тип поля.</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>неизвестная команда %1</translation>
    </message>
    <message>
        <source>--kind is office or hub.</source>
        <translation>--kind может быть только office или hub.</translation>
    </message>
    <message>
        <source>%1 case files written in %2 s.</source>
        <translation>Записано личных дел: %1 за %2 с.</translation>
    </message>
    <message>
        <source>unknown entity %1; known: %2</source>
        <translation>неизвестный тип записей %1; известные: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>В файле %1 найдена %n проблема.</numerusform>
            <numerusform>В файле %1 найдены %n проблемы.</numerusform>
            <numerusform>В файле %1 найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown entity %1</source>
        <translation>неизвестный тип записей %1</translation>
    </message>
    <message>
        <source>%1 is not a record id.</source>
        <translation>%1 — не идентификатор записи.</translation>
    </message>
    <message>
        <source>%1 has no field %2 (see docs/data-model.md).</source>
        <translation>У записей %1 нет поля %2 (см. docs/data-model.md).</translation>
    </message>
    <message>
        <source>%1 needs a full date.</source>
        <translation>В поле %1 нужна полная дата.</translation>
    </message>
    <message>
        <source>unknown site %1</source>
        <translation>неизвестный офис %1</translation>
    </message>
    <message>
        <source>No case %1 here.</source>
        <translation>Дела %1 здесь нет.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>in: %1</source>
        <translation>последний входящий: %1</translation>
    </message>
    <message>
        <source>out: %1</source>
        <translation>последний исходящий: %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Confirm this fingerprint with %1 by phone before the first exchange.</source>
        <translation>Перед первым обменом сверьте этот отпечаток ключа с %1 по телефону.</translation>
    </message>
    <message>
        <source>%1 revoked; its packages will be refused.</source>
        <translation>%1 отозван; его пакеты будут отклоняться.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) for %2</source>
        <translation>
            <numerusform>%1: %n изменение для %2</numerusform>
            <numerusform>%1: %n изменения для %2</numerusform>
            <numerusform>%1: %n изменений для %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attachment(s), %1 bytes</source>
        <translation>
            <numerusform>, %n вложение, %1 байт</numerusform>
            <numerusform>, %n вложения, %1 байт</numerusform>
            <numerusform>, %n вложений, %1 байт</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 transferred to %2.</source>
        <translation>Дело %1 передано в %2.</translation>
    </message>
    <message>
        <source>Case %1 is no longer shared with %2.</source>
        <translation>Доступ к делу %1 для %2 закрыт.</translation>
    </message>
    <message>
        <source>Case %1 shared with %2.</source>
        <translation>Доступ к делу %1 предоставлен: %2.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>Для --seed нужно целое число.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>No password: set CASEDESK_PASSWORD or run the command in a terminal.</source>
        <translation>Пароль не задан: укажите CASEDESK_PASSWORD или запустите команду в терминале.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Новый пароль для %1: </translation>
    </message>
    <message>
        <source>No new password: set CASEDESK_NEW_PASSWORD or run the command in a terminal.</source>
        <translation>Новый пароль не задан: укажите CASEDESK_NEW_PASSWORD или запустите команду в терминале.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>This site file has user accounts: give --user LOGIN, with the password in CASEDESK_PASSWORD or typed when asked.</source>
        <translation>В этом файле офиса есть учётные записи: укажите --user ЛОГИН, а пароль задайте в CASEDESK_PASSWORD или введите по запросу.</translation>
    </message>
    <message>
        <source>Confirm this fingerprint with %1 by phone before the next exchange.</source>
        <translation>Перед следующим обменом сверьте этот отпечаток ключа с %1 по телефону.</translation>
    </message>
    <message>
        <source>%1 is not a role; the roles are case_worker, supervisor, office_admin and auditor.</source>
        <translation>%1 — не роль; допустимые роли: case_worker, supervisor, office_admin и auditor.</translation>
    </message>
    <message>
        <source>Give the role with --role, for example --role case_worker.</source>
        <translation>Укажите роль в параметре --role, например --role case_worker.</translation>
    </message>
    <message>
        <source>There is no account %1 here.</source>
        <translation>Учётной записи %1 здесь нет.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 снова может входить в систему.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 больше не может входить в систему.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Пароль пользователя %1 изменён.</translation>
    </message>
    <message>
        <source>From now on this site file needs a signed-in user: give --user LOGIN.</source>
        <translation>Теперь для работы с этим файлом офиса нужно войти как пользователь: укажите --user ЛОГИН.</translation>
    </message>
    <message>
        <source>Re-enrolment permit for %1 written; it is valid for 7 days.</source>
        <translation>Разрешение на перерегистрацию офиса %1 записано; оно действует 7 дней.</translation>
    </message>
    <message>
        <source>New keys made. Send the identity file to the central desk and read this fingerprint out to them by phone.</source>
        <translation>Новые ключи созданы. Отправьте файл удостоверения в центральный офис и продиктуйте им по телефону этот отпечаток ключа.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD.</source>
        <translation>%1 — не дата; укажите её в формате YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 (total score %2)</source>
        <translation>%1 (сумма баллов: %2)</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>unknown document %1; known: %2</source>
        <translation>неизвестный документ %1; известные: %2</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(все)</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>из поставки</translation>
    </message>
    <message>
        <source>central desk</source>
        <translation>центральный офис</translation>
    </message>
    <message>
        <source>--value needs a whole number (money in minor units, a share in per mille).</source>
        <translation>Для --value нужно целое число (деньги — в минимальных единицах, например в тиынах или копейках; доля — в промилле).</translation>
    </message>
    <message>
        <source>No version of the template %1 is in force on %2; see casedesk-cli templates.</source>
        <translation>На %2 не действует ни одна версия шаблона %1; см. casedesk-cli templates.</translation>
    </message>
    <message>
        <source>This site does not know the template of the assessment.</source>
        <translation>Шаблон этой оценки в этом офисе неизвестен.</translation>
    </message>
    <message>
        <source>The template %1 has no question %2.</source>
        <translation>В шаблоне %1 нет вопроса %2.</translation>
    </message>
    <message>
        <source>--lang is ru or en.</source>
        <translation>--lang может быть только ru или en.</translation>
    </message>
    <message>
        <source>--set needs QUESTION=JSON, not %1.</source>
        <translation>Для --set нужно ВОПРОС=JSON, а не %1.</translation>
    </message>
    <message>
        <source>The closure of case %1 is signed off.</source>
        <translation>Закрытие дела %1 утверждено.</translation>
    </message>
    <message>
        <source>--date is a date such as 2026-12-01.</source>
        <translation>Для --date нужна дата, например 2026-12-01.</translation>
    </message>
    <message>
        <source>Case %1 is closed.</source>
        <translation>Дело %1 закрыто.</translation>
    </message>
    <message>
        <source>Case %1 waits for a supervisor to sign its closure off.</source>
        <translation>Закрытие дела %1 ждёт утверждения супервизором.</translation>
    </message>
    <message>
        <source>Case %1 is open again.</source>
        <translation>Дело %1 снова открыто.</translation>
    </message>
    <message>
        <source>--days is a number of days, 1 or more.</source>
        <translation>Для --days нужно число дней: 1 или больше.</translation>
    </message>
    <message>
        <source>(restricted case)</source>
        <translation>(дело с ограниченным доступом)</translation>
    </message>
    <message>
        <source>office	worker	open cases	overdue actions	without contact	plans to sign off	closures to sign off	conflicts</source>
        <translation>офис	специалист	открытых дел	просроченных мероприятий	без контакта	планов на утверждение	закрытий на утверждение	конфликтов</translation>
    </message>
    <message>
        <source>Usage: casedesk-cli COMMAND ...
  init DB --site NAME [--kind office|hub] [--code CODE]
  demo DB --cases N [--seed S]
  search DB TEXT
  list DB ENTITY [--limit N]
  check DB | rebuild DB | stats DB
  digest DB [--scope SITE]
  set DB ENTITY ID FIELD VALUE
  backup DB --out FILE
  restore FILE --to DB
  identity DB --out FILE
  peer add DB FILE [--replace] | peer list DB | peer revoke DB PEER [--reason TEXT]
  export DB --to PEER --out FILE
  import DB FILE|FOLDER...
  transfer DB CASE --to SITE
  share DB CASE --with SITE [--reason TEXT] [--stop]
  conflicts DB
  mutate DB --edits N [--seed S]
  user add DB LOGIN --name NAME --role ROLE[,ROLE] [--office SITE]
  user list DB | user disable|enable DB LOGIN | user passwd DB LOGIN
  user roles DB LOGIN --role ROLE[,ROLE]
  permit HUB --office SITE --login LOGIN --name NAME --out FILE
  reenrol DB --permit FILE --out IDENTITY
  templates DB | template add DB FILE.json
  parameter set DB --name NAME --value N --from YYYY-MM-DD [--region R] [--note TEXT]
  parameter list DB
  assessment start DB --case CASE --template TEMPLATE [--date YYYY-MM-DD]
  assessment answer DB ID --set QUESTION=JSON [--set ...] [--date YYYY-MM-DD]
  assessment complete DB ID [--date YYYY-MM-DD] | assessment show DB ID
  print DB --document assessment|plan|referral|summary|minutes --id ID
        --out FILE.pdf [--lang ru|en] [--redacted] [--revision N]
        (summary: ID of the case; minutes: ID of the conference)
  conference add DB --date YYYY-MM-DD --place PLACE --chair NAME [--time HH:MM]
        [--secretary NAME] [--kind single|several|periodic] [--title TEXT]
  conference participant DB CONF --name NAME [--agency A] [--role R]
        [--attendance invited|present|absent|excused]
  conference attend DB PARTICIPANT --attendance present|absent|excused
  conference case DB CONF CASE [--situation T] [--benefits T] [--services T]
        [--risks T] [--needs T]
  conference decision DB CONF-CASE --text TEXT
  conference followup DB DECISION --what TEXT --deadline YYYY-MM-DD [--who NAME]
        [--agency A]
  conference to-plan DB FOLLOWUP [--plan PLAN]
  conference approve DB CONF | conference correct DB CONF --reason TEXT
  conference show DB CONF | conferences DB [--upcoming|--past] [--search TEXT]
  partner add DB --name NAME --agency AGENCY [--role ROLE] | partner list DB
  close DB CASE --reason REASON --outcome OUTCOME [--notes TEXT] [--date YYYY-MM-DD]
  close DB CASE --sign-off | reopen DB CASE --reason TEXT [--date YYYY-MM-DD]
  myday DB [--worker NAME] [--days N] [--date YYYY-MM-DD]
  supervisor DB [--days N] [--date YYYY-MM-DD]
Once a site file has accounts, every command needs --user LOGIN; the password
is read from CASEDESK_PASSWORD or asked for. New passwords come from
CASEDESK_NEW_PASSWORD or are asked for.
</source>
        <translation>Использование: casedesk-cli КОМАНДА ...
  init БД --site НАЗВАНИЕ [--kind office|hub] [--code КОД]
  demo БД --cases N [--seed S]
  search БД ТЕКСТ
  list БД ТИП_ЗАПИСЕЙ [--limit N]
  check БД | rebuild БД | stats БД
  digest БД [--scope ОФИС]
  set БД ТИП_ЗАПИСЕЙ ID ПОЛЕ ЗНАЧЕНИЕ
  backup БД --out ФАЙЛ
  restore ФАЙЛ --to БД
  identity БД --out ФАЙЛ
  peer add БД ФАЙЛ [--replace] | peer list БД | peer revoke БД ПАРТНЁР [--reason ТЕКСТ]
  export БД --to ПАРТНЁР --out ФАЙЛ
  import БД ФАЙЛ|ПАПКА...
  transfer БД ДЕЛО --to ОФИС
  share БД ДЕЛО --with ОФИС [--reason ТЕКСТ] [--stop]
  conflicts БД
  mutate БД --edits N [--seed S]
  user add БД ЛОГИН --name ИМЯ --role РОЛЬ[,РОЛЬ] [--office ОФИС]
  user list БД | user disable|enable БД ЛОГИН | user passwd БД ЛОГИН
  user roles БД ЛОГИН --role РОЛЬ[,РОЛЬ]
  permit БД_ЦЕНТРА --office ОФИС --login ЛОГИН --name ИМЯ --out ФАЙЛ
  reenrol БД --permit ФАЙЛ --out ФАЙЛ_УДОСТОВЕРЕНИЯ
  templates БД | template add БД ФАЙЛ.json
  parameter set БД --name НАЗВАНИЕ --value N --from YYYY-MM-DD [--region R] [--note ТЕКСТ]
  parameter list БД
  assessment start БД --case ДЕЛО --template ШАБЛОН [--date YYYY-MM-DD]
  assessment answer БД ID --set ВОПРОС=JSON [--set ...] [--date YYYY-MM-DD]
  assessment complete БД ID [--date YYYY-MM-DD] | assessment show БД ID
  print БД --document assessment|plan|referral|summary|minutes --id ID
        --out ФАЙЛ.pdf [--lang ru|en] [--redacted] [--revision N]
        (summary: ID дела; minutes: ID совещания)
  conference add БД --date YYYY-MM-DD --place МЕСТО --chair ИМЯ [--time ЧЧ:ММ]
        [--secretary ИМЯ] [--kind single|several|periodic] [--title ТЕКСТ]
  conference participant БД СОВЕЩАНИЕ --name ИМЯ [--agency ОРГАНИЗАЦИЯ] [--role РОЛЬ]
        [--attendance invited|present|absent|excused]
  conference attend БД УЧАСТНИК --attendance present|absent|excused
  conference case БД СОВЕЩАНИЕ ДЕЛО [--situation Т] [--benefits Т] [--services Т]
        [--risks Т] [--needs Т]
  conference decision БД ДЕЛО_СОВЕЩАНИЯ --text ТЕКСТ
  conference followup БД РЕШЕНИЕ --what ТЕКСТ --deadline YYYY-MM-DD [--who ИМЯ]
        [--agency ОРГАНИЗАЦИЯ]
  conference to-plan БД МЕРА [--plan ПЛАН]
  conference approve БД СОВЕЩАНИЕ | conference correct БД СОВЕЩАНИЕ --reason ТЕКСТ
  conference show БД СОВЕЩАНИЕ | conferences БД [--upcoming|--past] [--search ТЕКСТ]
  partner add БД --name ИМЯ --agency ОРГАНИЗАЦИЯ [--role РОЛЬ] | partner list БД
  close БД ДЕЛО --reason ПРИЧИНА --outcome РЕЗУЛЬТАТ [--notes ТЕКСТ] [--date YYYY-MM-DD]
  close БД ДЕЛО --sign-off | reopen БД ДЕЛО --reason ТЕКСТ [--date YYYY-MM-DD]
  myday БД [--worker ИМЯ] [--days N] [--date YYYY-MM-DD]
  supervisor БД [--days N] [--date YYYY-MM-DD]
Если в файле офиса есть учётные записи, каждой команде нужен параметр --user ЛОГИН;
пароль берётся из CASEDESK_PASSWORD или запрашивается. Новые пароли берутся из
CASEDESK_NEW_PASSWORD или запрашиваются.
</translation>
    </message>
    <message>
        <source>--redacted is for the case summary and the minutes only.</source>
        <translation>--redacted есть только у сводки по делу и протокола.</translation>
    </message>
    <message>
        <source>--revision gives the approved minutes exactly; they are not redacted.</source>
        <translation>--revision даёт утверждённый протокол в точности как он есть; обезличенным он не бывает.</translation>
    </message>
    <message>
        <source>--%1 is a date such as 2026-12-01.</source>
        <translation>Для --%1 нужна дата, например 2026-12-01.</translation>
    </message>
    <message>
        <source>--time is a time such as 14:30.</source>
        <translation>Для --time нужно время, например 14:30.</translation>
    </message>
    <message>
        <source>--kind is single, several or periodic.</source>
        <translation>--kind может быть только single, several или periodic.</translation>
    </message>
    <message>
        <source>--attendance is invited, present, absent or excused.</source>
        <translation>--attendance может быть только invited, present, absent или excused.</translation>
    </message>
    <message>
        <source>The minutes are approved.</source>
        <translation>Протокол утверждён.</translation>
    </message>
    <message>
        <source>Revision %1 of the minutes is open for correction.</source>
        <translation>Редакция %1 протокола открыта для исправления.</translation>
    </message>
    <message>
        <source>Conference %1, %2 %3, %4</source>
        <translation>Совещание %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Chair: %1; secretary: %2</source>
        <translation>Председатель: %1; секретарь: %2</translation>
    </message>
    <message>
        <source>Approved, revision %1</source>
        <translation>Утверждён, редакция %1</translation>
    </message>
    <message>
        <source>Draft, revision %1</source>
        <translation>Проект, редакция %1</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>in the plan: %1</source>
        <translation>в плане: %1</translation>
    </message>
    <message>
        <source>not in the plan</source>
        <translation>не в плане</translation>
    </message>
    <message>
        <source>in the plan</source>
        <translation>в плане</translation>
    </message>
    <message>
        <source>followup</source>
        <translation>мера</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferenceMinutes</name>
    <message>
        <source>DRAFT — not approved</source>
        <translation>ПРОЕКТ — не утверждён</translation>
    </message>
    <message>
        <source>These minutes have not been approved; what they record may still change.</source>
        <translation>Протокол не утверждён; записанное в нём ещё может измениться.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Revision %1: %2</source>
        <translation>Редакция %1: %2</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No participants are recorded.</source>
        <translation>Участники не записаны.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>No decisions were recorded for this case.</source>
        <translation>По этому делу решения не записаны.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>%1. Case %2</source>
        <translation>%1. Дело %2</translation>
    </message>
    <message>
        <source>%1. Case %2 — %3</source>
        <translation>%1. Дело %2 — %3</translation>
    </message>
    <message>
        <source>%1. Case %2 — %3, born %4</source>
        <translation>%1. Дело %2 — %3, дата рождения %4</translation>
    </message>
    <message>
        <source>This case is sensitive. What was said about it is kept with the case file and is not shown here.</source>
        <translation>Это дело с ограниченным доступом. Сказанное о нём хранится в личном деле и здесь не показано.</translation>
    </message>
    <message>
        <source>Information shared</source>
        <translation>Представленные сведения</translation>
    </message>
    <message>
        <source>Socio-economic situation</source>
        <translation>Социально-экономическое положение</translation>
    </message>
    <message>
        <source>Benefits already received</source>
        <translation>Уже получаемые пособия</translation>
    </message>
    <message>
        <source>Services already offered</source>
        <translation>Уже оказанные услуги</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Decisions and follow-up actions</source>
        <translation>Решения и меры</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Nobody is marked present yet.</source>
        <translation>Пока никто не отмечен как присутствующий.</translation>
    </message>
    <message>
        <source>The participants present confirm that these minutes record what was shared and decided.</source>
        <translation>Присутствующие участники подтверждают, что протокол верно отражает представленные сведения и принятые решения.</translation>
    </message>
    <message>
        <source>Minutes of the case conference</source>
        <translation>Протокол совещания по конкретному делу</translation>
    </message>
    <message>
        <source>%1 · Case conference of %2 · approved %3</source>
        <translation>%1 · Совещание от %2 · утверждён %3</translation>
    </message>
    <message>
        <source>%1 · Case conference of %2 · draft printed %3</source>
        <translation>%1 · Совещание от %2 · проект, напечатан %3</translation>
    </message>
    <message>
        <source>Redacted: ID numbers, addresses, phone numbers and birth dates are left out.</source>
        <translation>Обезличенно: номера документов, адреса, телефоны и даты рождения не показаны.</translation>
    </message>
    <message>
        <source>No cases are on the agenda yet.</source>
        <translation>В повестке пока нет дел.</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Приложенные документы</translation>
    </message>
    <message>
        <source>The minutes could not be rendered as a PDF.</source>
        <translation>Не удалось сделать PDF протокола.</translation>
    </message>
    <message>
        <source>The approved minutes kept in this file are damaged.</source>
        <translation>Утверждённый протокол, хранящийся в этом файле, повреждён.</translation>
    </message>
</context>
<context>
    <name>Conferences</name>
    <message>
        <source>Give the date of the conference.</source>
        <translation>Укажите дату совещания.</translation>
    </message>
    <message>
        <source>Say where the conference takes place.</source>
        <translation>Укажите, где проходит совещание.</translation>
    </message>
    <message>
        <source>Name the person who chairs the conference.</source>
        <translation>Укажите председателя совещания.</translation>
    </message>
    <message>
        <source>invited</source>
        <extracomment>attendance of a conference participant not yet marked</extracomment>
        <translation>приглашён(а)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутствовал(а)</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствовал(а)</translation>
    </message>
    <message>
        <source>excused</source>
        <extracomment>absent with a reason given beforehand</extracomment>
        <translation>отсутствовал(а) по уважительной причине</translation>
    </message>
    <message>
        <source>single case</source>
        <translation>одно дело</translation>
    </message>
    <message>
        <source>several cases</source>
        <translation>несколько дел</translation>
    </message>
    <message>
        <source>periodic review</source>
        <translation>периодический пересмотр</translation>
    </message>
    <message>
        <source>The conference does not exist.</source>
        <translation>Такого совещания нет.</translation>
    </message>
    <message>
        <source>This conference is no longer kept at this office; it can be read here but not changed.</source>
        <translation>Это совещание больше не ведётся в этом офисе; здесь его можно читать, но не изменять.</translation>
    </message>
    <message>
        <source>The minutes are approved and can no longer be changed. Start a correction to change them.</source>
        <translation>Протокол утверждён, и изменить его уже нельзя. Чтобы внести изменения, начните исправление.</translation>
    </message>
    <message>
        <source>Write the participant&apos;s name.</source>
        <translation>Укажите имя участника.</translation>
    </message>
    <message>
        <source>The participant is not on the list.</source>
        <translation>Такого участника нет в списке.</translation>
    </message>
    <message>
        <source>There is no such case here.</source>
        <translation>Такого дела здесь нет.</translation>
    </message>
    <message>
        <source>The case is already on the conference&apos;s agenda.</source>
        <translation>Это дело уже есть в повестке совещания.</translation>
    </message>
    <message>
        <source>The case is not on the conference&apos;s agenda.</source>
        <translation>Этого дела нет в повестке совещания.</translation>
    </message>
    <message>
        <source>Write what was decided.</source>
        <translation>Запишите, что решено.</translation>
    </message>
    <message>
        <source>The decision does not exist.</source>
        <translation>Такого решения нет.</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Запишите, что нужно сделать.</translation>
    </message>
    <message>
        <source>Name who is responsible: a person, an agency, or both.</source>
        <translation>Укажите ответственного: человека, организацию или обоих.</translation>
    </message>
    <message>
        <source>Give the deadline of the follow-up action.</source>
        <translation>Укажите срок выполнения меры.</translation>
    </message>
    <message>
        <source>The follow-up action does not exist.</source>
        <translation>Такой меры нет.</translation>
    </message>
    <message>
        <source>The follow-up action is already in the client&apos;s plan.</source>
        <translation>Эта мера уже внесена в план клиента.</translation>
    </message>
    <message>
        <source>The case has no plan open; make a plan for the client first, then add the follow-up action to it.</source>
        <translation>У дела нет действующего плана; сначала составьте план для клиента, затем добавьте в него меру.</translation>
    </message>
    <message>
        <source>That plan belongs to another case.</source>
        <translation>Этот план относится к другому делу.</translation>
    </message>
    <message>
        <source>The document&apos;s content is not in this file (it may not have arrived from the other office yet).</source>
        <translation>Содержимого документа в этом файле нет (возможно, оно ещё не пришло из другого офиса).</translation>
    </message>
    <message>
        <source>Add the cases discussed before approving the minutes.</source>
        <translation>Перед утверждением протокола добавьте обсуждённые дела.</translation>
    </message>
    <message>
        <source>Mark %1 present, absent or excused before approving the minutes.</source>
        <translation>Перед утверждением протокола отметьте, присутствовал(а) ли %1, отсутствовал(а) или отсутствовал(а) по уважительной причине.</translation>
    </message>
    <message>
        <source>Nobody is marked present; the minutes need the participants who sign them.</source>
        <translation>Никто не отмечен как присутствующий; протокол подписывают присутствовавшие участники.</translation>
    </message>
    <message>
        <source>Case %1 is sensitive and not yours to see in detail; the minutes are approved by someone who may see every case.</source>
        <translation>Дело %1 — с ограниченным доступом, и вам его подробности недоступны; протокол утверждает тот, кому видны все дела.</translation>
    </message>
    <message>
        <source>The minutes could not be rendered as a PDF.</source>
        <translation>Не удалось сделать PDF протокола.</translation>
    </message>
    <message>
        <source>The minutes are still a draft; change them directly.</source>
        <translation>Протокол ещё не утверждён; изменяйте его напрямую.</translation>
    </message>
    <message>
        <source>Say what the correction is for.</source>
        <translation>Укажите, что исправляется.</translation>
    </message>
    <message>
        <source>These minutes have not been approved yet.</source>
        <translation>Этот протокол ещё не утверждён.</translation>
    </message>
    <message>
        <source>The approved minutes are not in this file yet (they may not have arrived from the other office).</source>
        <translation>Утверждённого протокола в этом файле пока нет (возможно, он ещё не пришёл из другого офиса).</translation>
    </message>
    <message>
        <source>This conference is kept at %1, which does not have this case; only cases of %1 can be put on its agenda.</source>
        <translation>Это совещание ведётся в офисе «%1», где этого дела нет; в его повестку можно включать только дела этого офиса.</translation>
    </message>
    <message>
        <source>These minutes are approved at %1, where the conference is kept and every case on its agenda is held.</source>
        <translation>Этот протокол утверждается в офисе «%1»: там ведётся совещание и есть все дела из его повестки.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>The client&apos;s consent does not cover sharing with %1.</source>
        <translation>Согласие клиента не распространяется на офис %1.</translation>
    </message>
    <message>
        <source>The client&apos;s consent does not cover a referral to %1.</source>
        <translation>Согласие клиента не распространяется на направление в %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CaseDesk file.</source>
        <translation>%1 — это папка, а не файл CaseDesk.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a CaseDesk file.</source>
        <translation>Файл %1 пуст: это не файл CaseDesk.</translation>
    </message>
    <message>
        <source>The file %1 is not a CaseDesk file.</source>
        <translation>Файл %1 не является файлом CaseDesk.</translation>
    </message>
    <message>
        <source>The file %1 belongs to another program: it is not a CaseDesk file.</source>
        <translation>Файл %1 принадлежит другой программе: это не файл CaseDesk.</translation>
    </message>
    <message>
        <source>The file %1 is damaged: it is shorter than it should be (it may have been copied incompletely). Restore it from a backup.</source>
        <translation>Файл %1 повреждён: он короче, чем должен быть (возможно, его скопировали не полностью). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of CaseDesk (data format %2, this program knows up to %3). Install the newer CaseDesk to open it; the file was not changed.</source>
        <translation>Файл %1 создан более новой версией CaseDesk (формат данных %2, эта программа знает форматы до %3). Чтобы открыть его, установите новую версию CaseDesk; файл не изменён.</translation>
    </message>
    <message>
        <source>The file %1 already exists; choose a new name.</source>
        <translation>Файл %1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: CaseDesk cannot create a file there.</source>
        <translation>Папка %1 доступна только для чтения: CaseDesk не может создать в ней файл.</translation>
    </message>
    <message>
        <source>The file %1 or its folder is read-only: CaseDesk needs to write next to it. Copy it to a writable folder.</source>
        <translation>Файл %1 или его папка доступны только для чтения, а CaseDesk нужно записывать рядом с ним. Скопируйте файл в папку, доступную для записи.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>Диск заполнен. Ничего не сохранено; освободите место и повторите попытку.</translation>
    </message>
    <message>
        <source>The file is damaged (%1). Restore it from a backup.</source>
        <translation>Файл повреждён (%1). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The file cannot be written (read-only file, folder or disk).</source>
        <translation>Не удаётся записать файл (файл, папка или диск доступны только для чтения).</translation>
    </message>
    <message>
        <source>The file cannot be opened (missing, or the folder is read-only).</source>
        <translation>Не удаётся открыть файл (его нет или папка доступна только для чтения).</translation>
    </message>
    <message>
        <source>The file is busy: another CaseDesk window or program is writing to it.</source>
        <translation>Файл занят: в него записывает другое окно CaseDesk или другая программа.</translation>
    </message>
    <message>
        <source>The disk reported a read or write error (%1).</source>
        <translation>Ошибка чтения или записи на диске (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>The file %1 uses an older data format; open it once in CaseDesk to upgrade it.</source>
        <translation>Файл %1 записан в старом формате данных; откройте его один раз в CaseDesk, чтобы обновить формат.</translation>
    </message>
</context>
<context>
    <name>DemoConferences</name>
    <message>
        <source>City polyclinic No. 3</source>
        <translation>Городская поликлиника № 3</translation>
    </message>
    <message>
        <source>paediatrician</source>
        <translation>педиатр</translation>
    </message>
    <message>
        <source>Employment centre</source>
        <translation>Центр занятости</translation>
    </message>
    <message>
        <source>employment counsellor</source>
        <translation>консультант по трудоустройству</translation>
    </message>
    <message>
        <source>School No. 12</source>
        <translation>Школа № 12</translation>
    </message>
    <message>
        <source>social pedagogue</source>
        <translation>социальный педагог</translation>
    </message>
    <message>
        <source>District police department</source>
        <translation>Районный отдел полиции</translation>
    </message>
    <message>
        <source>juvenile inspector</source>
        <translation>инспектор по делам несовершеннолетних</translation>
    </message>
    <message>
        <source>Guardianship authority</source>
        <translation>Орган опеки и попечительства</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>специалист</translation>
    </message>
    <message>
        <source>Housing department</source>
        <translation>Жилищный отдел</translation>
    </message>
    <message>
        <source>housing officer</source>
        <translation>специалист по жилью</translation>
    </message>
    <message>
        <source>Social services centre</source>
        <translation>Центр социального обслуживания</translation>
    </message>
    <message>
        <source>head of department</source>
        <translation>заведующая отделением</translation>
    </message>
    <message>
        <source>Psychological support centre</source>
        <translation>Центр психологической поддержки</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>психолог</translation>
    </message>
    <message>
        <source>Social services centre, room 2</source>
        <translation>Центр социального обслуживания, кабинет 2</translation>
    </message>
    <message>
        <source>District administration, meeting room</source>
        <translation>Районная администрация, зал заседаний</translation>
    </message>
    <message>
        <source>Employment centre, hall</source>
        <translation>Центр занятости, зал</translation>
    </message>
    <message>
        <source>Family in a difficult life situation</source>
        <translation>Семья в трудной жизненной ситуации</translation>
    </message>
    <message>
        <source>Return to work after long unemployment</source>
        <translation>Возвращение к работе после долгой безработицы</translation>
    </message>
    <message>
        <source>Children at risk of leaving school</source>
        <translation>Дети под угрозой ухода из школы</translation>
    </message>
    <message>
        <source>Quarterly review of intensive cases</source>
        <translation>Ежеквартальный пересмотр дел интенсивного сопровождения</translation>
    </message>
    <message>
        <source>A single mother with three children; the household lives on child benefit and occasional work.</source>
        <translation>Мать одна воспитывает троих детей; семья живёт на детское пособие и случайные заработки.</translation>
    </message>
    <message>
        <source>Both parents are out of work; the family rents one room and is behind with the rent.</source>
        <translation>Оба родителя без работы; семья снимает одну комнату и задолжала за аренду.</translation>
    </message>
    <message>
        <source>The client returned from labour migration without savings and has no registration at the address.</source>
        <translation>Клиент вернулся из трудовой миграции без сбережений и не зарегистрирован по месту жительства.</translation>
    </message>
    <message>
        <source>An elderly couple caring for two grandchildren; the pension is the only income.</source>
        <translation>Пожилые супруги воспитывают двоих внуков; пенсия — единственный доход.</translation>
    </message>
    <message>
        <source>Targeted social assistance since March.</source>
        <translation>Адресная социальная помощь с марта.</translation>
    </message>
    <message>
        <source>Child benefit; a one-off payment for school clothes.</source>
        <translation>Детское пособие; единовременная выплата на школьную одежду.</translation>
    </message>
    <message>
        <source>Unemployment benefit, ending next month.</source>
        <translation>Пособие по безработице, заканчивается в следующем месяце.</translation>
    </message>
    <message>
        <source>Food parcels; a consultation with a lawyer.</source>
        <translation>Продуктовые наборы; консультация юриста.</translation>
    </message>
    <message>
        <source>Job-search counselling; a place in a vocational course.</source>
        <translation>Консультации по поиску работы; место на курсах профобучения.</translation>
    </message>
    <message>
        <source>Home visits by the case worker every two weeks.</source>
        <translation>Посещения специалистом на дому раз в две недели.</translation>
    </message>
    <message>
        <source>Eviction for rent arrears; the children miss school.</source>
        <translation>Выселение за долги по аренде; дети пропускают школу.</translation>
    </message>
    <message>
        <source>Alcohol use in the household; debts to neighbours.</source>
        <translation>Употребление алкоголя в семье; долги соседям.</translation>
    </message>
    <message>
        <source>No identity documents; loss of the benefit.</source>
        <translation>Нет документов, удостоверяющих личность; потеря пособия.</translation>
    </message>
    <message>
        <source>Stable income, a kindergarten place, help with debts.</source>
        <translation>Стабильный доход, место в детском саду, помощь с долгами.</translation>
    </message>
    <message>
        <source>Restored documents and registration; work.</source>
        <translation>Восстановление документов и регистрации; работа.</translation>
    </message>
    <message>
        <source>Medical examination of the children; safe housing.</source>
        <translation>Медицинское обследование детей; безопасное жильё.</translation>
    </message>
    <message>
        <source>Refer the client to the employment centre.</source>
        <translation>Направить клиента в центр занятости.</translation>
    </message>
    <message>
        <source>Register the client and offer a vocational course.</source>
        <translation>Поставить клиента на учёт и предложить курсы профобучения.</translation>
    </message>
    <message>
        <source>Arrange a medical examination of the children.</source>
        <translation>Организовать медицинское обследование детей.</translation>
    </message>
    <message>
        <source>Examine the children and report to the case worker.</source>
        <translation>Обследовать детей и сообщить результаты специалисту.</translation>
    </message>
    <message>
        <source>Settle the rent arrears by instalments.</source>
        <translation>Погасить долг по аренде в рассрочку.</translation>
    </message>
    <message>
        <source>Agree an instalment plan with the landlord.</source>
        <translation>Согласовать с арендодателем график погашения.</translation>
    </message>
    <message>
        <source>Follow the children&apos;s school attendance.</source>
        <translation>Следить за посещением школы детьми.</translation>
    </message>
    <message>
        <source>Report absences to the case worker every week.</source>
        <translation>Каждую неделю сообщать специалисту о пропусках.</translation>
    </message>
    <message>
        <source>Offer the family psychological support.</source>
        <translation>Предложить семье психологическую поддержку.</translation>
    </message>
    <message>
        <source>Hold five sessions with the parents.</source>
        <translation>Провести пять встреч с родителями.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Employment centre, social work centre</source>
        <translation>Центр занятости, центр социальной работы</translation>
    </message>
    <message>
        <source>Certificate of family composition
%1
</source>
        <translation>Справка о составе семьи
%1
</translation>
    </message>
    <message>
        <source>Discussed the job offers from the employment centre.</source>
        <translation>Обсудили вакансии, предложенные центром занятости.</translation>
    </message>
    <message>
        <source>Client brought the income certificates for the means test.</source>
        <translation>Клиент принёс справки о доходах для проверки нуждаемости.</translation>
    </message>
    <message>
        <source>Home visit: housing conditions checked, children at school.</source>
        <translation>Посещение на дому: жилищные условия проверены, дети ходят в школу.</translation>
    </message>
    <message>
        <source>Agreed next steps of the action plan.</source>
        <translation>Согласовали следующие шаги плана действий.</translation>
    </message>
    <message>
        <source>Referred to the legal aid clinic for documents.</source>
        <translation>Направлен(а) в юридическую клинику для помощи с документами.</translation>
    </message>
    <message>
        <source>Phone follow-up: client attends the training course.</source>
        <translation>Контрольный звонок: клиент посещает учебный курс.</translation>
    </message>
</context>
<context>
    <name>DemoPlans</name>
    <message>
        <source>Find a stable job within six months</source>
        <translation>Найти постоянную работу в течение шести месяцев</translation>
    </message>
    <message>
        <source>Raise the household&apos;s income above the poverty line</source>
        <translation>Поднять доход семьи выше черты бедности</translation>
    </message>
    <message>
        <source>Restore the identity documents and the registration</source>
        <translation>Восстановить документы, удостоверяющие личность, и регистрацию</translation>
    </message>
    <message>
        <source>The children attend school and kindergarten regularly</source>
        <translation>Дети регулярно посещают школу и детский сад</translation>
    </message>
    <message>
        <source>Safe and stable housing for the family</source>
        <translation>Безопасное и постоянное жильё для семьи</translation>
    </message>
    <message>
        <source>Regain health and the ability to work</source>
        <translation>Восстановить здоровье и трудоспособность</translation>
    </message>
    <message>
        <source>Complete a vocational training course</source>
        <translation>Пройти курс профессионального обучения</translation>
    </message>
    <message>
        <source>Live independently with the help of home care</source>
        <translation>Жить самостоятельно при поддержке надомного обслуживания</translation>
    </message>
    <message>
        <source>Weekly job club and three applications a week</source>
        <translation>Еженедельный клуб поиска работы и три отклика на вакансии в неделю</translation>
    </message>
    <message>
        <source>Interview with an employer from the vacancy bank</source>
        <translation>Собеседование с работодателем из банка вакансий</translation>
    </message>
    <message>
        <source>Three-month course as a cook or a seamstress</source>
        <translation>Трёхмесячные курсы повара или швеи</translation>
    </message>
    <message>
        <source>Public works in the district&apos;s parks</source>
        <translation>Общественные работы в парках района</translation>
    </message>
    <message>
        <source>Subsidised job at a local enterprise</source>
        <translation>Субсидируемое рабочее место на местном предприятии</translation>
    </message>
    <message>
        <source>Six-month youth practice after college</source>
        <translation>Шестимесячная молодёжная практика после колледжа</translation>
    </message>
    <message>
        <source>Business plan and an application for a micro-loan</source>
        <translation>Бизнес-план и заявка на микрокредит</translation>
    </message>
    <message>
        <source>Career guidance session and a skills test</source>
        <translation>Профориентационная консультация и тестирование навыков</translation>
    </message>
    <message>
        <source>Application for targeted social assistance</source>
        <translation>Заявление на адресную социальную помощь</translation>
    </message>
    <message>
        <source>Six sessions with a psychologist</source>
        <translation>Шесть консультаций психолога</translation>
    </message>
    <message>
        <source>Legal advice on alimony and the divorce papers</source>
        <translation>Юридическая консультация по алиментам и документам о разводе</translation>
    </message>
    <message>
        <source>New identity card and registration at the address</source>
        <translation>Новое удостоверение личности и регистрация по адресу</translation>
    </message>
    <message>
        <source>Medical examination and the disability commission</source>
        <translation>Медицинское обследование и медико-социальная экспертиза</translation>
    </message>
    <message>
        <source>Place on the list for social housing</source>
        <translation>Постановка в очередь на социальное жильё</translation>
    </message>
    <message>
        <source>Kindergarten place for the youngest child</source>
        <translation>Место в детском саду для младшего ребёнка</translation>
    </message>
    <message>
        <source>Home care visits twice a week</source>
        <translation>Надомное обслуживание два раза в неделю</translation>
    </message>
    <message>
        <source>The client found work on their own</source>
        <translation>Клиент нашёл работу самостоятельно</translation>
    </message>
    <message>
        <source>The course was not held this term</source>
        <translation>В этом учебном периоде курс не проводился</translation>
    </message>
    <message>
        <source>No longer needed after the review</source>
        <translation>После пересмотра больше не требуется</translation>
    </message>
    <message>
        <source>Done as agreed</source>
        <translation>Выполнено, как договорились</translation>
    </message>
    <message>
        <source>Done; the certificate is in the case file</source>
        <translation>Выполнено; справка — в личном деле</translation>
    </message>
    <message>
        <source>Done later than planned</source>
        <translation>Выполнено позже запланированного</translation>
    </message>
    <message>
        <source>Quarterly review with the client</source>
        <translation>Ежеквартальный пересмотр с клиентом</translation>
    </message>
    <message>
        <source>Review after the case conference</source>
        <translation>Пересмотр после консилиума по делу</translation>
    </message>
    <message>
        <source>Due dates moved: the client was ill</source>
        <translation>Сроки перенесены: клиент болел</translation>
    </message>
    <message>
        <source>Register with the employment centre and attend the interviews offered</source>
        <translation>Встать на учёт в центре занятости и являться на предложенные собеседования</translation>
    </message>
    <message>
        <source>Take part in the vocational training course</source>
        <translation>Посещать курс профессионального обучения</translation>
    </message>
    <message>
        <source>Report any change of income or household within ten days</source>
        <translation>Сообщать о любом изменении дохода или состава семьи в течение десяти дней</translation>
    </message>
    <message>
        <source>Keep the children at school</source>
        <translation>Обеспечивать посещение детьми школы</translation>
    </message>
    <message>
        <source>Pay the monthly assistance while the contract is kept</source>
        <translation>Выплачивать ежемесячную помощь, пока контракт выполняется</translation>
    </message>
    <message>
        <source>Find a training place within a month</source>
        <translation>Найти место для обучения в течение месяца</translation>
    </message>
    <message>
        <source>Offer at least two suitable vacancies a month</source>
        <translation>Предлагать не менее двух подходящих вакансий в месяц</translation>
    </message>
    <message>
        <source>Registration as unemployed and vacancies</source>
        <translation>Регистрация в качестве безработного и подбор вакансий</translation>
    </message>
    <message>
        <source>Psychological support after violence in the family</source>
        <translation>Психологическая поддержка после насилия в семье</translation>
    </message>
    <message>
        <source>Legal aid with the identity documents</source>
        <translation>Юридическая помощь с документами, удостоверяющими личность</translation>
    </message>
    <message>
        <source>Medical examination for the disability commission</source>
        <translation>Медицинское обследование для медико-социальной экспертизы</translation>
    </message>
    <message>
        <source>A place for the child at school</source>
        <translation>Место для ребёнка в школе</translation>
    </message>
    <message>
        <source>Housing: the family lives in a hostel room</source>
        <translation>Жильё: семья живёт в комнате общежития</translation>
    </message>
    <message>
        <source>Progress of the action plan</source>
        <translation>Ход выполнения плана действий</translation>
    </message>
    <message>
        <source>Bring the income certificates</source>
        <translation>Принести справки о доходах</translation>
    </message>
    <message>
        <source>Housing conditions and the children</source>
        <translation>Жилищные условия и дети</translation>
    </message>
    <message>
        <source>Sign the social contract</source>
        <translation>Подписать социальный контракт</translation>
    </message>
    <message>
        <source>District employment centre</source>
        <translation>Районный центр занятости</translation>
    </message>
    <message>
        <source>City social work centre</source>
        <translation>Городской центр социальной работы</translation>
    </message>
    <message>
        <source>Crisis centre for women and children</source>
        <translation>Кризисный центр для женщин и детей</translation>
    </message>
    <message>
        <source>Legal aid clinic</source>
        <translation>Юридическая клиника</translation>
    </message>
    <message>
        <source>District polyclinic</source>
        <translation>Районная поликлиника</translation>
    </message>
    <message>
        <source>School No. 12</source>
        <translation>Школа № 12</translation>
    </message>
    <message>
        <source>Housing department of the akimat</source>
        <translation>Отдел жилищных отношений акимата</translation>
    </message>
    <message>
        <source>Conditional cash assistance</source>
        <translation>Обусловленная денежная помощь</translation>
    </message>
    <message>
        <source>Training stipend</source>
        <translation>Стипендия на время обучения</translation>
    </message>
    <message>
        <source>Paid for each month the client keeps the contract</source>
        <translation>Выплачивается за каждый месяц, в котором клиент выполняет контракт</translation>
    </message>
    <message>
        <source>Did not attend the training course</source>
        <translation>Не посещал(а) учебный курс</translation>
    </message>
    <message>
        <source>Two missed appointments without a reason</source>
        <translation>Два пропущенных приёма без уважительной причины</translation>
    </message>
    <message>
        <source>Copy of the identity card, income certificate</source>
        <translation>Копия удостоверения личности, справка о доходах</translation>
    </message>
    <message>
        <source>Services given; the client is referred back to the case worker</source>
        <translation>Услуги оказаны; клиент направлен обратно к специалисту</translation>
    </message>
    <message>
        <source>The agency has no place before next month</source>
        <translation>У организации нет мест до следующего месяца</translation>
    </message>
    <message>
        <source>The client did not present by the deadline</source>
        <translation>Клиент не явился в установленный срок</translation>
    </message>
    <message>
        <source>Re-registration for the targeted social assistance</source>
        <translation>Перерегистрация для получения адресной социальной помощи</translation>
    </message>
    <message>
        <source>The client came with the documents</source>
        <translation>Клиент пришёл с документами</translation>
    </message>
    <message>
        <source>The client did not come and did not call</source>
        <translation>Клиент не пришёл и не позвонил</translation>
    </message>
    <message>
        <source>Closed after the final interview with the client</source>
        <translation>Закрыто после заключительной беседы с клиентом</translation>
    </message>
    <message>
        <source>The client asked for help again</source>
        <translation>Клиент снова обратился за помощью</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>&amp;Предварительный просмотр…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
    <message>
        <source>Print preview, &amp;redacted…</source>
        <translation>Предварительный просмотр, &amp;обезличенно…</translation>
    </message>
    <message>
        <source>Save as PDF, re&amp;dacted…</source>
        <translation>Сохранить в PDF, о&amp;безличенно…</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>A draft needs a signed-in worker and a case.</source>
        <translation>Для черновика нужны дело и специалист, вошедший в систему.</translation>
    </message>
</context>
<context>
    <name>DuplicateReview</name>
    <message>
        <source>These two persons are not on the review list.</source>
        <translation>Этих двух лиц нет в списке на проверку.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домохозяйство</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Член домохозяйства</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation>Ответственный специалист</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Согласие дано</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Объём согласия</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Street and house</source>
        <translation>Улица и дом</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Phone kind</source>
        <translation>Тип телефона</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Assessment answer</source>
        <translation>Ответ в оценке</translation>
    </message>
    <message>
        <source>Assessment template</source>
        <translation>Шаблон оценки</translation>
    </message>
    <message>
        <source>Means-test parameter</source>
        <translation>Параметр проверки нуждаемости</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Версия шаблона</translation>
    </message>
    <message>
        <source>Template fingerprint</source>
        <translation>Отпечаток шаблона</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Кем начата</translation>
    </message>
    <message>
        <source>Started by (account)</source>
        <translation>Кем начата (учётная запись)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Кем завершена</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Answer status</source>
        <translation>Статус ответа</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Content fingerprint</source>
        <translation>Отпечаток содержимого</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>a household member or an income in an answer, shown in the history</extracomment>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Цель плана</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Мероприятие плана</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Пересмотр плана</translation>
    </message>
    <message>
        <source>Contract obligation</source>
        <translation>Обязательство по контракту</translation>
    </message>
    <message>
        <source>Contract assistance</source>
        <translation>Помощь по контракту</translation>
    </message>
    <message>
        <source>Monthly compliance</source>
        <translation>Выполнение обязательств за месяц</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Предоставление доступа</translation>
    </message>
    <message>
        <source>Consent override</source>
        <translation>Выход за рамки согласия</translation>
    </message>
    <message>
        <source>Closing notes</source>
        <translation>Примечания к закрытию</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Кем закрыто</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Дата возобновления</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Причина возобновления</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Модель ведения случая</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Кем утверждено</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Ответственная организация</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Outcome note</source>
        <translation>Примечание о результате</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата пересмотра</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>Сумма в месяц</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Последствие</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Приложенные документы</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок явки</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Причина статуса</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Ответ организации</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Дата посещения</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Время посещения</translation>
    </message>
    <message>
        <source>Visit kind</source>
        <translation>Вид посещения</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Repeats every (months)</source>
        <translation>Периодичность (мес.)</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Совещание по конкретному делу</translation>
    </message>
    <message>
        <source>Conference participant</source>
        <translation>Участник совещания</translation>
    </message>
    <message>
        <source>Case discussed</source>
        <translation>Обсуждаемое дело</translation>
    </message>
    <message>
        <source>Conference decision</source>
        <translation>Решение совещания</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Conference document</source>
        <translation>Документ совещания</translation>
    </message>
    <message>
        <source>Approval of minutes</source>
        <translation>Утверждение протокола</translation>
    </message>
    <message>
        <source>Partner specialist</source>
        <translation>Специалист организации-партнёра</translation>
    </message>
    <message>
        <source>Conference date</source>
        <translation>Дата совещания</translation>
    </message>
    <message>
        <source>Conference time</source>
        <translation>Время совещания</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>Approved revision</source>
        <translation>Утверждённая редакция</translation>
    </message>
    <message>
        <source>Order on the agenda</source>
        <translation>Порядок в повестке</translation>
    </message>
    <message>
        <source>Socio-economic situation</source>
        <translation>Социально-экономическое положение</translation>
    </message>
    <message>
        <source>Benefits already received</source>
        <translation>Уже получаемые пособия</translation>
    </message>
    <message>
        <source>Services already offered</source>
        <translation>Уже оказанные услуги</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Не удалось запустить библиотеку шифрования.</translation>
    </message>
    <message>
        <source>This site has no keys yet.</source>
        <translation>У этого офиса ещё нет ключей.</translation>
    </message>
    <message>
        <source>The site&apos;s keys are already protected.</source>
        <translation>Ключи офиса уже защищены.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the site&apos;s keys.</source>
        <translation>Недостаточно памяти для защиты ключей офиса.</translation>
    </message>
</context>
<context>
    <name>MeansTest</name>
    <message>
        <source>No household member is counted, so there is no per-capita income.</source>
        <translation>Ни один член семьи не учитывается, поэтому среднедушевой доход рассчитать нельзя.</translation>
    </message>
    <message>
        <source>No subsistence minimum is in force for the region on the assessment date.</source>
        <translation>Для региона на дату оценки не установлен прожиточный минимум.</translation>
    </message>
    <message>
        <source>No poverty line share is in force for the region on the assessment date.</source>
        <translation>Для региона на дату оценки не установлена доля прожиточного минимума для черты бедности.</translation>
    </message>
    <message>
        <source>housing area above the norm</source>
        <translation>площадь жилья выше нормы</translation>
    </message>
    <message>
        <source>Income period: %1, %2 to %3.</source>
        <translation>Расчётный период: %1, с %2 по %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Household member %1: counted.</source>
        <translation>Член семьи %1: учитывается.</translation>
    </message>
    <message>
        <source>Household member %1: not counted (%2).</source>
        <translation>Член семьи %1: не учитывается (%2).</translation>
    </message>
    <message>
        <source>Members counted: %1.</source>
        <translation>Учитываемых членов семьи: %1.</translation>
    </message>
    <message>
        <source>not counted: this kind of income does not count</source>
        <translation>не учитывается: этот вид дохода не учитывается</translation>
    </message>
    <message>
        <source>not counted: the member is not counted</source>
        <translation>не учитывается: член семьи не учитывается</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>учитывается</translation>
    </message>
    <message>
        <source>Income of %1, %2: %3 (%4).</source>
        <translation>Доход члена семьи %1, %2: %3 (%4).</translation>
    </message>
    <message>
        <source>Counted income over the period: %1.</source>
        <translation>Учитываемый доход за расчётный период: %1.</translation>
    </message>
    <message>
        <source>Per-capita income per month: %1 ÷ (%2 × %3) = %4 (rounded half up).</source>
        <translation>Среднедушевой доход в месяц: %1 ÷ (%2 × %3) = %4 (с математическим округлением).</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n член семьи</numerusform>
            <numerusform>%n члена семьи</numerusform>
            <numerusform>%n членов семьи</numerusform>
        </translation>
    </message>
    <message>
        <source>Poverty line: %1 % of the subsistence minimum %2 = %3.</source>
        <translation>Черта бедности: %1 % от прожиточного минимума %2 = %3.</translation>
    </message>
    <message>
        <source>%1 does not exceed %2: under the poverty line.</source>
        <translation>%1 не превышает %2: доход не выше черты бедности.</translation>
    </message>
    <message>
        <source>%1 exceeds %2: above the poverty line.</source>
        <translation>%1 превышает %2: доход выше черты бедности.</translation>
    </message>
    <message>
        <source>Housing area: %1 m² for %2, norm %3 m² per person.</source>
        <translation>Площадь жилья: %1 м², %2; норма — %3 м² на человека.</translation>
    </message>
    <message numerus="yes">
        <source>%n counted member(s)</source>
        <translation>
            <numerusform>%n учитываемый член семьи</numerusform>
            <numerusform>%n учитываемых члена семьи</numerusform>
            <numerusform>%n учитываемых членов семьи</numerusform>
        </translation>
    </message>
    <message>
        <source>Visible sign of welfare for the commission: %1.</source>
        <translation>Признак видимого благополучия (для участковой комиссии): %1.</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>Результат: %1.</translation>
    </message>
    <message>
        <source>Household member %1: not counted.</source>
        <translation>Член семьи %1: не учитывается.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the data format version</source>
        <translation>Не удаётся прочитать версию формата данных</translation>
    </message>
    <message>
        <source>This file was made by a newer version of CaseDesk.</source>
        <translation>Этот файл создан более новой версией CaseDesk.</translation>
    </message>
    <message>
        <source>Upgrading the file to data format %1 failed: %2</source>
        <translation>Не удалось обновить файл до формата данных %1: %2</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>Нет контакта %n день</numerusform>
            <numerusform>Нет контакта %n дня</numerusform>
            <numerusform>Нет контакта %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overdue action</source>
        <translation>Просроченное мероприятие</translation>
    </message>
    <message>
        <source>Visit not marked held or missed</source>
        <translation>Посещение не отмечено как состоявшееся или пропущенное</translation>
    </message>
    <message>
        <source>Visit today</source>
        <translation>Посещение сегодня</translation>
    </message>
    <message>
        <source>Visit this week</source>
        <translation>Посещение на этой неделе</translation>
    </message>
    <message>
        <source>Referral past its deadline</source>
        <translation>Срок направления истёк</translation>
    </message>
    <message>
        <source>Referral waiting for feedback</source>
        <translation>Направление ждёт ответа организации</translation>
    </message>
    <message>
        <source>No recent contact</source>
        <translation>Давно нет контакта</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Конфликт синхронизации</translation>
    </message>
    <message>
        <source>Edited after closure</source>
        <translation>Изменено после закрытия</translation>
    </message>
    <message>
        <source>Plan waiting for sign-off</source>
        <translation>План ждёт утверждения</translation>
    </message>
    <message>
        <source>Closure waiting for sign-off</source>
        <translation>Закрытие дела ждёт утверждения</translation>
    </message>
</context>
<context>
    <name>PackageCodec</name>
    <message>
        <source>The package is damaged: its header cannot be read.</source>
        <translation>Пакет повреждён: не удаётся прочитать его заголовок.</translation>
    </message>
    <message>
        <source>The package is damaged: a record in it cannot be read.</source>
        <translation>Пакет повреждён: не удаётся прочитать одну из записей в нём.</translation>
    </message>
</context>
<context>
    <name>PackageExport</name>
    <message>
        <source>The written package cannot be read back: %1</source>
        <translation>Записанный пакет не удаётся прочитать для проверки: %1</translation>
    </message>
    <message>
        <source>%1 was revoked; nothing is sent to it.</source>
        <translation>%1 отозван; ему ничего не отправляется.</translation>
    </message>
    <message>
        <source>The package cannot be written to %1: %2</source>
        <translation>Не удаётся записать пакет в %1: %2</translation>
    </message>
    <message>
        <source>The package could not be written: %1</source>
        <translation>Не удалось записать пакет: %1</translation>
    </message>
    <message>
        <source>The package could not be saved to the stick (the data did not reach it). Try again or use another stick.</source>
        <translation>Не удалось сохранить пакет на флешку (данные на неё не записались). Повторите попытку или возьмите другую флешку.</translation>
    </message>
    <message>
        <source>The package could not be renamed to %1.</source>
        <translation>Не удалось переименовать пакет в %1.</translation>
    </message>
    <message>
        <source>The package on the stick does not read back correctly, so it was removed. Try again or use another stick. (%1)</source>
        <translation>Пакет на флешке не читается правильно, поэтому он удалён. Повторите попытку или возьмите другую флешку. (%1)</translation>
    </message>
</context>
<context>
    <name>PackageFileReader</name>
    <message>
        <source>The package is incomplete: the file ends too early. Copy it from the stick again, or ask for a new export.</source>
        <translation>Пакет неполный: файл обрывается раньше времени. Скопируйте его с флешки ещё раз или попросите выполнить экспорт заново.</translation>
    </message>
    <message>
        <source>The package is damaged: its content does not match what was written. Copy it again, or ask for a new export.</source>
        <translation>Пакет повреждён: его содержимое не совпадает с записанным. Скопируйте его ещё раз или попросите выполнить экспорт заново.</translation>
    </message>
    <message>
        <source>This file is not a CaseDesk sync package.</source>
        <translation>Этот файл не является пакетом синхронизации CaseDesk.</translation>
    </message>
    <message>
        <source>This package was made by a newer version of CaseDesk (package format %1). Update CaseDesk here to import it.</source>
        <translation>Этот пакет создан более новой версией CaseDesk (формат пакета %1). Чтобы импортировать его, обновите CaseDesk на этом компьютере.</translation>
    </message>
    <message>
        <source>The package is damaged: its header cannot be read.</source>
        <translation>Пакет повреждён: не удаётся прочитать его заголовок.</translation>
    </message>
    <message>
        <source>The package cannot be opened with this site&apos;s key: it was sealed for another key, or its header is damaged.</source>
        <translation>Пакет не удаётся открыть ключом этого офиса: он зашифрован для другого ключа либо его заголовок повреждён.</translation>
    </message>
    <message>
        <source>The package&apos;s signature does not match the sender&apos;s key: it was altered, or it was not made by the site it names. It was refused.</source>
        <translation>Подпись пакета не соответствует ключу отправителя: пакет был изменён или создан не тем офисом, который в нём указан. Пакет отклонён.</translation>
    </message>
</context>
<context>
    <name>PackageFileWriter</name>
    <message>
        <source>The package could not be written: %1</source>
        <translation>Не удалось записать пакет: %1</translation>
    </message>
    <message>
        <source>The package key could not be sealed to the recipient.</source>
        <translation>Не удалось зашифровать ключ пакета для получателя.</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>The package from %1 holds changes dated %2, more than a day ahead of this computer&apos;s clock (%3). Check the date and time on %1&apos;s computer, then export again.</source>
        <translation>Пакет от %1 содержит изменения с датой %2 — более чем на сутки позже времени на этом компьютере (%3). Проверьте дату и время на компьютере %1, затем выполните экспорт ещё раз.</translation>
    </message>
    <message>
        <source>The package from %1 holds changes made at %2; an office may send only its own changes. It was refused.</source>
        <translation>Пакет от %1 содержит изменения, сделанные в %2, а офис может отправлять только собственные изменения. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The package from %1 holds changes to records outside its cases. It was refused.</source>
        <translation>Пакет от %1 содержит изменения записей, не относящихся к его делам. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The package from %1 holds a change that moves a record to another case. It was refused.</source>
        <translation>Пакет от %1 содержит изменение, переносящее запись в другое дело. Пакет отклонён.</translation>
    </message>
    <message>
        <source>This package was written by this site itself; it is meant for %1.</source>
        <translation>Этот пакет создан самим этим офисом; он предназначен для %1.</translation>
    </message>
    <message>
        <source>This package is addressed to %1, not to this site (%2).</source>
        <translation>Этот пакет адресован %1, а не этому офису (%2).</translation>
    </message>
    <message>
        <source>This package is addressed to this site but was made for another database of it (an earlier installation). Ask %1 to add this site&apos;s current identity and export again.</source>
        <translation>Этот пакет адресован этому офису, но создан для другой его базы данных (более ранней установки). Попросите %1 добавить текущее удостоверение этого офиса и выполнить экспорт ещё раз.</translation>
    </message>
    <message>
        <source>The package comes from %1, which is not a peer of this site. Add its identity file first.</source>
        <translation>Пакет получен от %1, который не является партнёром этого офиса по обмену. Сначала добавьте его файл удостоверения.</translation>
    </message>
    <message>
        <source>The package comes from %1, whose key was revoked on %2. It was refused.</source>
        <translation>Пакет получен от %1, ключ которого отозван %2. Пакет отклонён.</translation>
    </message>
    <message>
        <source>This package was made by a newer version of CaseDesk (data format %1). Update CaseDesk here to import it.</source>
        <translation>Этот пакет создан более новой версией CaseDesk (формат данных %1). Чтобы импортировать его, обновите CaseDesk на этом компьютере.</translation>
    </message>
    <message>
        <source>The package from %1 is dated %2, more than a day ahead of this computer&apos;s clock (%3). Check the date and time on %1&apos;s computer, then export again.</source>
        <translation>Пакет от %1 датирован %2 — более чем на сутки позже времени на этом компьютере (%3). Проверьте дату и время на компьютере %1, затем выполните экспорт ещё раз.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Файл открыт только для чтения.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>This package from %1 was already imported on %2; nothing to do.</source>
        <translation>Этот пакет от %1 уже импортирован %2; делать ничего не нужно.</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n new change(s)</source>
        <translation>
            <numerusform>От %1: %n новое изменение</numerusform>
            <numerusform>От %1: %n новых изменения</numerusform>
            <numerusform>От %1: %n новых изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n case(s)</source>
        <translation>
            <numerusform> в %n деле</numerusform>
            <numerusform> в %n делах</numerusform>
            <numerusform> в %n делах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s)</source>
        <translation>
            <numerusform>, %n конфликт</numerusform>
            <numerusform>, %n конфликта</numerusform>
            <numerusform>, %n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n possible duplicate person(s)</source>
        <translation>
            <numerusform>, %n возможный дубликат</numerusform>
            <numerusform>, %n возможных дубликата</numerusform>
            <numerusform>, %n возможных дубликатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>&quot;%1&quot; is not a date. Type a full date (12.03.1984), a month and year (03.1984) or a year (1984).</source>
        <translation>«%1» — не дата. Введите полную дату (12.03.1984), месяц и год (03.1984) или только год (1984).</translation>
    </message>
    <message>
        <source>The year %1 is too early.</source>
        <translation>Год %1 слишком ранний.</translation>
    </message>
    <message>
        <source>There is no month %1.</source>
        <translation>Месяца с номером %1 нет.</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>Даты %1 не существует.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Дата %1 ещё не наступила.</translation>
    </message>
</context>
<context>
    <name>PartnerSpecialists</name>
    <message>
        <source>Write the specialist&apos;s name.</source>
        <translation>Укажите имя специалиста.</translation>
    </message>
    <message>
        <source>Write the agency the specialist works for.</source>
        <translation>Укажите организацию, в которой работает специалист.</translation>
    </message>
    <message>
        <source>%1 of %2 is already on the list.</source>
        <translation>%1 (%2) уже есть в списке.</translation>
    </message>
    <message>
        <source>The specialist is not on the list.</source>
        <translation>Такого специалиста нет в списке.</translation>
    </message>
    <message>
        <source>The specialist is on the central desk&apos;s list; only the central desk can take them off it.</source>
        <translation>Этот специалист — из списка центрального офиса; убрать его оттуда может только центральный офис.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>не менее %n символа</numerusform>
            <numerusform>не менее %n символов</numerusform>
            <numerusform>не менее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message numerus="yes">
        <source>A password needs at least %n characters.</source>
        <translation>
            <numerusform>Пароль должен содержать не менее %n символа.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
            <numerusform>Пароль должен содержать не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>A password may not begin or end with a space.</source>
        <translation>Пароль не может начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Не удалось запустить библиотеку шифрования.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password.</source>
        <translation>Недостаточно памяти для защиты пароля.</translation>
    </message>
</context>
<context>
    <name>Peers</name>
    <message>
        <source>This is this site&apos;s own identity file.</source>
        <translation>Это файл удостоверения самого этого офиса.</translation>
    </message>
    <message>
        <source>An office exchanges packages only with the central desk; %1 is an office.</source>
        <translation>Офис обменивается пакетами только с центральным офисом, а %1 — это офис.</translation>
    </message>
    <message>
        <source>The central desk exchanges packages with offices; %1 is a central desk too.</source>
        <translation>Центральный офис обменивается пакетами с офисами, а %1 — тоже центральный офис.</translation>
    </message>
    <message>
        <source>%1 was revoked and cannot be added again; it needs a new identity.</source>
        <translation>%1 отозван и не может быть добавлен повторно; ему нужно новое удостоверение.</translation>
    </message>
    <message>
        <source>%1 is already a peer with other keys. Revoke it first if its keys changed.</source>
        <translation>%1 уже добавлен как партнёр с другими ключами. Если его ключи изменились, сначала отзовите его.</translation>
    </message>
    <message>
        <source>That peer is unknown or already revoked.</source>
        <translation>Такой партнёр неизвестен или уже отозван.</translation>
    </message>
    <message>
        <source>%1 is not a peer of this site.</source>
        <translation>%1 не является партнёром этого офиса по обмену.</translation>
    </message>
    <message>
        <source>Several peers are called %1; give the site id.</source>
        <translation>Название %1 носят несколько партнёров; укажите идентификатор офиса.</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>%1 (assessment of %2)</source>
        <translation>%1 (оценка от %2)</translation>
    </message>
    <message>
        <source>%1 · Case %2 · printed %3 · confidential</source>
        <translation>%1 · Дело %2 · напечатано %3 · конфиденциально</translation>
    </message>
    <message>
        <source>%1 · Case %2 · printed %3</source>
        <translation>%1 · Дело %2 · напечатано %3</translation>
    </message>
    <message>
        <source>DRAFT — not signed off</source>
        <translation>ЧЕРНОВИК — план не утверждён</translation>
    </message>
    <message>
        <source>A supervisor has not signed this plan off yet; its goals and actions may still change.</source>
        <translation>Супервизор ещё не утвердил этот план; его цели и мероприятия ещё могут измениться.</translation>
    </message>
    <message>
        <source>from %1, no end date</source>
        <translation>с %1, без даты окончания</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>not signed off yet</source>
        <translation>ещё не утверждён</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Специалист по работе со случаем</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Goals and actions</source>
        <translation>Цели и мероприятия</translation>
    </message>
    <message>
        <source>No goals have been set.</source>
        <translation>Цели не поставлены.</translation>
    </message>
    <message>
        <source>Goal %1. %2</source>
        <translation>Цель %1. %2</translation>
    </message>
    <message>
        <source>Need it answers:</source>
        <translation>Связанная потребность:</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Мероприятий пока нет.</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Другие мероприятия</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Не указаны.</translation>
    </message>
    <message>
        <source>The client undertakes to</source>
        <translation>Клиент обязуется</translation>
    </message>
    <message>
        <source>The agency undertakes to</source>
        <translation>Организация обязуется</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>No assistance has been agreed.</source>
        <translation>Помощь не согласована.</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>Итого в месяц</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>В месяц</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Compliance by month</source>
        <translation>Выполнение обязательств по месяцам</translation>
    </message>
    <message>
        <source>No month has been recorded yet.</source>
        <translation>Ни один месяц ещё не отмечен.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Последствие</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Пересмотры</translation>
    </message>
    <message>
        <source>The plan has not been reviewed.</source>
        <translation>План не пересматривался.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Кто пересмотрел</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>The plan before the review</source>
        <translation>План до пересмотра</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>The client and the agency agree to the obligations above. The assistance depends on the client keeping theirs; a month not kept has the consequences recorded in this contract.</source>
        <translation>Клиент и организация принимают на себя указанные выше обязательства. Помощь предоставляется при условии, что клиент выполняет свои обязательства; за месяц, в котором они не выполнены, применяются последствия, указанные в этом контракте.</translation>
    </message>
    <message>
        <source>The client took part in drawing up this plan and agrees to the goals and actions above.</source>
        <translation>Клиент участвовал в составлении этого плана и согласен с указанными выше целями и мероприятиями.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>For the agency</source>
        <translation>От организации</translation>
    </message>
    <message>
        <source>This case is sensitive; its plans cannot be printed here.</source>
        <translation>Доступ к этому делу ограничен; его планы здесь печатать нельзя.</translation>
    </message>
    <message>
        <source>%1 · DRAFT — not signed off</source>
        <translation>%1 · ЧЕРНОВИК — план не утверждён</translation>
    </message>
</context>
<context>
    <name>PlanVocabulary</name>
    <message>
        <source>Job search assistance</source>
        <translation>Содействие в поиске работы</translation>
    </message>
    <message>
        <source>Job placement</source>
        <translation>Трудоустройство</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Профессиональное обучение</translation>
    </message>
    <message>
        <source>Public works</source>
        <translation>Общественные работы</translation>
    </message>
    <message>
        <source>Subsidised job</source>
        <translation>Субсидируемое рабочее место</translation>
    </message>
    <message>
        <source>Youth practice / internship</source>
        <translation>Молодёжная практика / стажировка</translation>
    </message>
    <message>
        <source>Self-employment support, micro-loan</source>
        <translation>Содействие самозанятости, микрокредит</translation>
    </message>
    <message>
        <source>Career guidance</source>
        <translation>Профориентация</translation>
    </message>
    <message>
        <source>Targeted social assistance</source>
        <translation>Адресная социальная помощь</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психосоциальная поддержка</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Юридическая помощь</translation>
    </message>
    <message>
        <source>Restoring identity documents</source>
        <translation>Восстановление документов, удостоверяющих личность</translation>
    </message>
    <message>
        <source>Health care or rehabilitation</source>
        <translation>Медицинская помощь или реабилитация</translation>
    </message>
    <message>
        <source>Housing help</source>
        <translation>Помощь с жильём</translation>
    </message>
    <message>
        <source>Childcare or school place</source>
        <translation>Место в детском саду или школе</translation>
    </message>
    <message>
        <source>Home care services</source>
        <translation>Надомное обслуживание</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Individual action plan</source>
        <translation>Индивидуальный план действий</translation>
    </message>
    <message>
        <source>Social contract</source>
        <translation>Социальный контракт</translation>
    </message>
    <message>
        <source>Draft — waiting for sign-off</source>
        <translation>Черновик — ждёт утверждения</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Social work centre</source>
        <translation>Центр социальной работы</translation>
    </message>
    <message>
        <source>Employment centre</source>
        <translation>Центр занятости</translation>
    </message>
    <message>
        <source>Non-governmental organisation</source>
        <translation>Некоммерческая организация (НКО)</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <source>CaseDesk office</source>
        <translation>Офис CaseDesk</translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation>Приём в офисе</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Посещение на дому</translation>
    </message>
    <message>
        <source>Re-registration</source>
        <translation>Перерегистрация</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Трудоустройство</translation>
    </message>
    <message>
        <source>Left poverty</source>
        <translation>Выход из бедности</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Переезд</translation>
    </message>
    <message>
        <source>Refused services</source>
        <translation>Отказ от услуг</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Смерть клиента</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Цели достигнуты</translation>
    </message>
    <message>
        <source>The plan&apos;s goals were met</source>
        <translation>Цели плана достигнуты</translation>
    </message>
    <message>
        <source>The goals were partly met</source>
        <translation>Цели достигнуты частично</translation>
    </message>
    <message>
        <source>The goals were not met</source>
        <translation>Цели не достигнуты</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Light touch</source>
        <translation>Облегчённая</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартная</translation>
    </message>
    <message>
        <source>Intensive (multi-agency)</source>
        <translation>Интенсивная (межведомственная)</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>A plan is an action plan or a social contract.</source>
        <translation>План — это индивидуальный план действий или социальный контракт.</translation>
    </message>
    <message>
        <source>Give the date the plan starts.</source>
        <translation>Укажите дату начала плана.</translation>
    </message>
    <message>
        <source>The plan cannot end before it starts.</source>
        <translation>План не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Такого плана нет.</translation>
    </message>
    <message>
        <source>The plan is closed and can no longer be changed.</source>
        <translation>План закрыт, изменить его уже нельзя.</translation>
    </message>
    <message>
        <source>Write what the goal is.</source>
        <translation>Опишите цель.</translation>
    </message>
    <message>
        <source>Write what is to be done.</source>
        <translation>Опишите, что нужно сделать.</translation>
    </message>
    <message>
        <source>Give the date the action is due.</source>
        <translation>Укажите срок выполнения мероприятия.</translation>
    </message>
    <message>
        <source>The action does not exist.</source>
        <translation>Такого мероприятия нет.</translation>
    </message>
    <message>
        <source>An action that is %1 cannot become %2.</source>
        <translation>Мероприятие в состоянии «%1» нельзя перевести в состояние «%2».</translation>
    </message>
    <message>
        <source>Say why the action is cancelled.</source>
        <translation>Укажите причину отмены мероприятия.</translation>
    </message>
    <message>
        <source>An action cannot be done on a day still to come.</source>
        <translation>Мероприятие не может быть выполнено в день, который ещё не наступил.</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Цель: %1</translation>
    </message>
    <message>
        <source>  Action: %1, due %2, %3</source>
        <translation>  Мероприятие: %1, срок %2, %3</translation>
    </message>
    <message>
        <source>Action: %1, due %2, %3</source>
        <translation>Мероприятие: %1, срок %2, %3</translation>
    </message>
    <message>
        <source>The review date must be a valid date, not in the future.</source>
        <translation>Дата пересмотра должна быть правильной и не может быть в будущем.</translation>
    </message>
    <message>
        <source>A plan without actions cannot be signed off.</source>
        <translation>План без мероприятий нельзя утвердить.</translation>
    </message>
    <message>
        <source>Choose the kind of action from the list.</source>
        <translation>Выберите вид мероприятия из списка.</translation>
    </message>
</context>
<context>
    <name>RandomEdits</name>
    <message>
        <source>new case</source>
        <translation>новое дело</translation>
    </message>
    <message>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <source>phone added</source>
        <translation>телефон добавлен</translation>
    </message>
    <message>
        <source>phone changed</source>
        <translation>телефон изменён</translation>
    </message>
    <message>
        <source>phone removed</source>
        <translation>телефон удалён</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>специалист</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>категории</translation>
    </message>
    <message>
        <source>member added</source>
        <translation>член домохозяйства добавлен</translation>
    </message>
    <message>
        <source>member removed</source>
        <translation>член домохозяйства исключён</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Контрольный контакт %1</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>взаимодействие</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>примечание изменено</translation>
    </message>
    <message>
        <source>Corrected note %1</source>
        <translation>Исправленное примечание %1</translation>
    </message>
    <message>
        <source>interaction removed</source>
        <translation>взаимодействие удалено</translation>
    </message>
    <message>
        <source>unshared</source>
        <translation>доступ закрыт</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>передано</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>доступ предоставлен</translation>
    </message>
    <message>
        <source>deletion resolved</source>
        <translation>конфликт удаления разрешён</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>конфликт разрешён</translation>
    </message>
    <message>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
            <numerusform>отклонено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Файл открыт только для чтения.</translation>
    </message>
    <message>
        <source>The number of edits cannot be negative.</source>
        <translation>Число изменений не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Random edits for testing</source>
        <translation>Случайные изменения для тестирования</translation>
    </message>
    <message>
        <source>assessment started</source>
        <translation>оценка начата</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>assessment completed</source>
        <translation>оценка завершена</translation>
    </message>
    <message>
        <source>assessment answer</source>
        <translation>ответ в оценке</translation>
    </message>
    <message>
        <source>The client asked for help again</source>
        <translation>Клиент снова обратился за помощью</translation>
    </message>
    <message>
        <source>Closed in a test run</source>
        <translation>Закрыто при тестовом прогоне</translation>
    </message>
    <message>
        <source>plan created</source>
        <translation>план создан</translation>
    </message>
    <message>
        <source>Step %1 of the plan</source>
        <translation>Шаг %1 плана</translation>
    </message>
    <message>
        <source>action added</source>
        <translation>мероприятие добавлено</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Цель %1</translation>
    </message>
    <message>
        <source>goal added</source>
        <translation>цель добавлена</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Больше не требуется</translation>
    </message>
    <message>
        <source>Done as agreed</source>
        <translation>Выполнено, как договорились</translation>
    </message>
    <message>
        <source>action status</source>
        <translation>статус мероприятия</translation>
    </message>
    <message>
        <source>plan review</source>
        <translation>пересмотр плана</translation>
    </message>
    <message>
        <source>Reviewed with the client</source>
        <translation>Пересмотрено вместе с клиентом</translation>
    </message>
    <message>
        <source>plan signed off</source>
        <translation>план утверждён</translation>
    </message>
    <message>
        <source>agency added</source>
        <translation>организация добавлена</translation>
    </message>
    <message>
        <source>Partner agency %1</source>
        <translation>Организация-партнёр %1</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>согласие</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Направление %1</translation>
    </message>
    <message>
        <source>referral sent</source>
        <translation>направление выдано</translation>
    </message>
    <message>
        <source>The agency reported back</source>
        <translation>Организация сообщила о результате</translation>
    </message>
    <message>
        <source>No place at the agency</source>
        <translation>В организации нет мест</translation>
    </message>
    <message>
        <source>The client did not present</source>
        <translation>Клиент не явился</translation>
    </message>
    <message>
        <source>referral status</source>
        <translation>статус направления</translation>
    </message>
    <message>
        <source>visit scheduled</source>
        <translation>посещение запланировано</translation>
    </message>
    <message>
        <source>visit missed</source>
        <translation>посещение пропущено</translation>
    </message>
    <message>
        <source>The client did not come</source>
        <translation>Клиент не пришёл</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Посещение %1</translation>
    </message>
    <message>
        <source>visit held</source>
        <translation>посещение состоялось</translation>
    </message>
</context>
<context>
    <name>Reenrolment</name>
    <message>
        <source>This is not a CaseDesk re-enrolment permit, or it was damaged.</source>
        <translation>Это не разрешение на перерегистрацию офиса CaseDesk, или оно повреждено.</translation>
    </message>
    <message>
        <source>Only the central desk issues re-enrolment permits.</source>
        <translation>Разрешения на перерегистрацию офиса выдаёт только центральный офис.</translation>
    </message>
    <message>
        <source>That office is not a peer of the central desk.</source>
        <translation>Этот офис не является партнёром центрального офиса по обмену.</translation>
    </message>
    <message>
        <source>Enter the worker&apos;s name.</source>
        <translation>Введите имя специалиста.</translation>
    </message>
    <message>
        <source>The permit does not come from this office&apos;s central desk.</source>
        <translation>Разрешение выдано не тем центральным офисом, с которым работает этот офис.</translation>
    </message>
    <message>
        <source>The permit&apos;s signature is wrong: it was not made by the central desk, or it was changed.</source>
        <translation>Подпись разрешения неверна: оно выдано не центральным офисом или было изменено.</translation>
    </message>
    <message>
        <source>The permit is for another office.</source>
        <translation>Разрешение выдано для другого офиса.</translation>
    </message>
    <message>
        <source>The permit has expired; ask the central desk for a new one.</source>
        <translation>Срок действия разрешения истёк; запросите новое в центральном офисе.</translation>
    </message>
    <message>
        <source>This permit was already used.</source>
        <translation>Это разрешение уже использовано.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Такой учётной записи нет.</translation>
    </message>
    <message>
        <source>%1 is not a peer yet; add it instead.</source>
        <translation>%1 ещё не является партнёром по обмену; добавьте его как нового партнёра.</translation>
    </message>
    <message>
        <source>%1 was revoked and cannot be added again; it needs a new identity.</source>
        <translation>%1 отозван и не может быть добавлен повторно; ему нужно новое удостоверение.</translation>
    </message>
    <message>
        <source>This identity belongs to another site file of %1.</source>
        <translation>Это удостоверение относится к другому файлу офиса %1.</translation>
    </message>
</context>
<context>
    <name>ReferralLetter</name>
    <message>
        <source>%1 · Case %2 · printed %3 · confidential</source>
        <translation>%1 · Дело %2 · напечатано %3 · конфиденциально</translation>
    </message>
    <message>
        <source>%1 · Case %2 · printed %3</source>
        <translation>%1 · Дело %2 · напечатано %3</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Case worker: %1</source>
        <translation>Специалист: %1</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Выдано %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>The client must present themselves by %1 (%2).</source>
        <translation>Клиент должен явиться до %1 (%2).</translation>
    </message>
    <message>
        <source>After that day the referral may expire and the client may need a new one.</source>
        <translation>После этого дня направление может стать недействительным, и клиенту может понадобиться новое.</translation>
    </message>
    <message>
        <source>Status on %1: %2</source>
        <translation>Статус на %1: %2</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(с %1)</translation>
    </message>
    <message>
        <source>The deadline has passed and the client has not been recorded as presenting.</source>
        <translation>Срок истёк, а явка клиента не отмечена.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Feedback received:</source>
        <translation>Получен ответ:</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Специалист по работе со случаем</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>cut here</source>
        <translation>линия отреза</translation>
    </message>
    <message>
        <source>Feedback from the receiving agency</source>
        <translation>Ответ принимающей организации</translation>
    </message>
    <message>
        <source>Please fill in and return to %1, case worker %2.</source>
        <translation>Заполните и верните, пожалуйста, в %1, специалисту %2.</translation>
    </message>
    <message>
        <source>Client: %1, born %2, case %3, referred on %4 to %5.</source>
        <translation>Клиент: %1, дата рождения %2, дело %3, направлен(а) %4 в %5.</translation>
    </message>
    <message>
        <source>The client attended on</source>
        <translation>Дата явки клиента</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Оказанные услуги</translation>
    </message>
    <message>
        <source>Referred onwards to</source>
        <translation>Направлен(а) далее в</translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation>ФИО и должность</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>This case is sensitive; its referrals cannot be printed here.</source>
        <translation>Доступ к этому делу ограничен; его направления здесь печатать нельзя.</translation>
    </message>
    <message>
        <source>Referral to %1</source>
        <translation>Направление в %1</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>%1 refers the client named below to you for the reason given. Please tell us what was done by returning the feedback part at the foot of this letter.</source>
        <translation>%1 направляет к вам указанного ниже клиента по указанной причине. Просим сообщить, что было сделано, вернув отрывную часть для ответа внизу этого письма.</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Причина направления</translation>
    </message>
    <message>
        <source>Documents sent along</source>
        <translation>Приложенные документы</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>sent</source>
        <translation>направлено</translation>
    </message>
    <message>
        <source>received by the agency</source>
        <translation>получено организацией</translation>
    </message>
    <message>
        <source>client attended</source>
        <translation>клиент явился</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк срок</translation>
    </message>
    <message>
        <source>Only the central desk keeps the list of partner agencies; it reaches offices in the next package.</source>
        <translation>Список организаций-партнёров ведёт только центральный офис; он поступает в офисы со следующим пакетом.</translation>
    </message>
    <message>
        <source>Give the agency&apos;s name.</source>
        <translation>Укажите название организации.</translation>
    </message>
    <message>
        <source>Choose the agency the client is referred to.</source>
        <translation>Выберите организацию, в которую направляется клиент.</translation>
    </message>
    <message>
        <source>Give the reason for the referral.</source>
        <translation>Укажите причину направления.</translation>
    </message>
    <message>
        <source>A referral cannot be sent on a day still to come.</source>
        <translation>Направление нельзя выдать днём, который ещё не наступил.</translation>
    </message>
    <message>
        <source>Give the day by which the client must present themselves, on or after the day the referral is sent.</source>
        <translation>Укажите день, до которого клиент должен явиться, — не раньше дня выдачи направления.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2.</source>
        <translation>Направление в состоянии «%1» нельзя перевести в состояние «%2».</translation>
    </message>
    <message>
        <source>The date must be between the day the referral was sent and today.</source>
        <translation>Дата должна быть не раньше дня выдачи направления и не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>Write the agency&apos;s feedback to complete the referral.</source>
        <translation>Чтобы завершить направление, запишите ответ организации.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <source>The referral does not exist.</source>
        <translation>Такого направления нет.</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>Не удаётся записать %1: папка %2 не существует.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it is a folder.</source>
        <translation>Не удаётся записать %1: это папка.</translation>
    </message>
    <message>
        <source>The PDF for %1 could not be made.</source>
        <translation>Не удалось создать PDF-файл %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>An answer is required.</source>
        <translation>Ответ обязателен.</translation>
    </message>
    <message>
        <source>The smallest accepted value is %1.</source>
        <translation>Наименьшее допустимое значение — %1.</translation>
    </message>
    <message>
        <source>The largest accepted value is %1.</source>
        <translation>Наибольшее допустимое значение — %1.</translation>
    </message>
    <message>
        <source>Choose one of the listed answers.</source>
        <translation>Выберите один из предложенных ответов.</translation>
    </message>
    <message>
        <source>Choose among the listed answers.</source>
        <translation>Выберите ответы из предложенных.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>Enter an amount of money.</source>
        <translation>Введите денежную сумму.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Enter a valid date.</source>
        <translation>Введите правильную дату.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Ответьте «да» или «нет».</translation>
    </message>
    <message>
        <source>Enter a text.</source>
        <translation>Введите текст.</translation>
    </message>
    <message>
        <source>Give the reason why %1 is not counted.</source>
        <translation>Укажите, почему не учитывается %1.</translation>
    </message>
    <message>
        <source>Every income needs an amount that is not negative.</source>
        <translation>Для каждого дохода укажите неотрицательную сумму.</translation>
    </message>
    <message>
        <source>Every income needs a household member and a kind.</source>
        <translation>Для каждого дохода укажите члена семьи и вид дохода.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n digit(s) after the decimal point.</source>
        <translation>
            <numerusform>Введите не более %n знака после запятой.</numerusform>
            <numerusform>Введите не более %n знаков после запятой.</numerusform>
            <numerusform>Введите не более %n знаков после запятой.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Case worker</source>
        <translation>Специалист по работе со случаем</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервизор</translation>
    </message>
    <message>
        <source>Office administrator</source>
        <translation>Администратор офиса</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
</context>
<context>
    <name>SiteFiles</name>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортировки</translation>
    </message>
    <message>
        <source>Names cannot be sorted in the order of this language: %1</source>
        <translation>Имена не удаётся упорядочить по правилам этого языка: %1</translation>
    </message>
    <message>
        <source>CaseDesk cannot open the file</source>
        <translation>CaseDesk не может открыть файл</translation>
    </message>
    <message>
        <source>Open site file</source>
        <translation>Открыть файл офиса</translation>
    </message>
    <message>
        <source>CaseDesk site files (*.cdsk);;All files (*)</source>
        <translation>Файлы офиса CaseDesk (*.cdsk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>Which site file should CaseDesk use?</source>
        <translation>Какой файл офиса открыть в CaseDesk?</translation>
    </message>
    <message>
        <source>Open the file of your office, or create a new one if this office has none yet.</source>
        <translation>Откройте файл своего офиса или создайте новый, если у офиса его ещё нет.</translation>
    </message>
    <message>
        <source>&amp;Open a site file…</source>
        <translation>&amp;Открыть файл офиса…</translation>
    </message>
    <message>
        <source>&amp;Create a new site file…</source>
        <translation>&amp;Создать новый файл офиса…</translation>
    </message>
</context>
<context>
    <name>SiteKeys</name>
    <message>
        <source>This is not a CaseDesk site identity file, or it was damaged.</source>
        <translation>Это не файл удостоверения офиса CaseDesk, или он повреждён.</translation>
    </message>
    <message>
        <source>This identity file was made by a newer version of CaseDesk; update CaseDesk to read it.</source>
        <translation>Этот файл удостоверения создан более новой версией CaseDesk; чтобы прочитать его, обновите CaseDesk.</translation>
    </message>
    <message>
        <source>This site has no keys yet.</source>
        <translation>У этого офиса ещё нет ключей.</translation>
    </message>
    <message>
        <source>This site&apos;s keys are damaged.</source>
        <translation>Ключи этого офиса повреждены.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Не удалось запустить библиотеку шифрования.</translation>
    </message>
    <message>
        <source>Only an office administrator can open the site&apos;s keys: sign in as one.</source>
        <translation>Открыть ключи офиса может только администратор офиса: войдите под учётной записью администратора.</translation>
    </message>
    <message>
        <source>Your account cannot open this site&apos;s keys here. Ask another administrator of this office to set your password again.</source>
        <translation>Ваша учётная запись не может открыть здесь ключи этого офиса. Попросите другого администратора этого офиса заново задать вам пароль.</translation>
    </message>
</context>
<context>
    <name>SkipRule</name>
    <message>
        <source>a quote opened at position %1 is not closed</source>
        <translation>кавычка, открытая в позиции %1, не закрыта</translation>
    </message>
    <message>
        <source>&quot;!&quot; at position %1 must be &quot;!=&quot;</source>
        <translation>вместо &quot;!&quot; в позиции %1 должно быть &quot;!=&quot;</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; at position %2</source>
        <translation>неожиданный элемент &quot;%1&quot; в позиции %2</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>в конце</translation>
    </message>
    <message>
        <source>at position %1</source>
        <translation>в позиции %1</translation>
    </message>
    <message>
        <source>a &quot;)&quot; is missing %1</source>
        <translation>не хватает &quot;)&quot; %1</translation>
    </message>
    <message>
        <source>a question id is expected %1</source>
        <translation>ожидается идентификатор вопроса %1</translation>
    </message>
    <message>
        <source>a comparison (=, !=, &lt;, &lt;=, &gt;, &gt;=, includes) is expected %1</source>
        <translation>ожидается сравнение (=, !=, &lt;, &lt;=, &gt;, &gt;=, includes) %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; — не число</translation>
    </message>
    <message>
        <source>a value (a number, yes, no or a quoted text) is expected %1</source>
        <translation>ожидается значение (число, yes, no или текст в кавычках) %1</translation>
    </message>
    <message>
        <source>includes needs a quoted option value %1</source>
        <translation>после includes нужно значение варианта в кавычках %1</translation>
    </message>
</context>
<context>
    <name>SocialContracts</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>reduction of the assistance</source>
        <translation>уменьшение помощи</translation>
    </message>
    <message>
        <source>suspension of the assistance</source>
        <translation>приостановление помощи</translation>
    </message>
    <message>
        <source>The plan does not exist.</source>
        <translation>Такого плана нет.</translation>
    </message>
    <message>
        <source>Only a social contract has obligations and assistance.</source>
        <translation>Обязательства и помощь бывают только у социального контракта.</translation>
    </message>
    <message>
        <source>The contract is closed and can no longer be changed.</source>
        <translation>Контракт закрыт, изменить его уже нельзя.</translation>
    </message>
    <message>
        <source>An obligation is the client&apos;s or the agency&apos;s.</source>
        <translation>Обязательство может быть только у клиента или у организации.</translation>
    </message>
    <message>
        <source>Write what the obligation is.</source>
        <translation>Опишите обязательство.</translation>
    </message>
    <message>
        <source>Name the assistance.</source>
        <translation>Укажите вид помощи.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Compliance is recorded for a month that has begun.</source>
        <translation>Выполнение отмечается только за уже начавшийся месяц.</translation>
    </message>
    <message>
        <source>%1 is outside the contract (%2 to %3).</source>
        <translation>%1 — вне срока контракта (с %2 по %3).</translation>
    </message>
    <message>
        <source>open end</source>
        <translation>без даты окончания</translation>
    </message>
    <message>
        <source>A month the client kept the contract has no consequence.</source>
        <translation>За месяц, в котором клиент выполнил контракт, меры не применяются.</translation>
    </message>
    <message>
        <source>Give the reason for the consequence.</source>
        <translation>Укажите причину применения меры.</translation>
    </message>
</context>
<context>
    <name>SyncScope</name>
    <message>
        <source>There is no such case here.</source>
        <translation>Здесь нет такого дела.</translation>
    </message>
    <message>
        <source>The case was deleted.</source>
        <translation>Дело удалено.</translation>
    </message>
    <message>
        <source>Only the office that owns a case, or the central desk, can transfer it.</source>
        <translation>Передать дело может только офис, который его ведёт, или центральный офис.</translation>
    </message>
    <message>
        <source>That site is not known here.</source>
        <translation>Этот офис здесь неизвестен.</translation>
    </message>
    <message>
        <source>The case is already at that site.</source>
        <translation>Дело уже находится в этом офисе.</translation>
    </message>
    <message>
        <source>Only the office that owns a case, or the central desk, can share it.</source>
        <translation>Предоставить доступ к делу может только офис, который его ведёт, или центральный офис.</translation>
    </message>
    <message>
        <source>That site already has the case.</source>
        <translation>У этого офиса уже есть доступ к делу.</translation>
    </message>
    <message>
        <source>Only the office that owns a case, or the central desk, can stop sharing it.</source>
        <translation>Закрыть доступ к делу может только офис, который его ведёт, или центральный офис.</translation>
    </message>
    <message>
        <source>The case is not shared with that site.</source>
        <translation>У этого офиса нет доступа к делу.</translation>
    </message>
    <message>
        <source>No site called %1 is known here.</source>
        <translation>Офис с названием %1 здесь неизвестен.</translation>
    </message>
    <message>
        <source>Several sites are called %1; give the site id.</source>
        <translation>Название %1 носят несколько офисов; укажите идентификатор офиса.</translation>
    </message>
    <message>
        <source>A sensitive case stays with its office and the central desk; it cannot be shared.</source>
        <translation>Дело с ограниченным доступом остаётся только в своём офисе и в центральном офисе; предоставить доступ к нему нельзя.</translation>
    </message>
</context>
<context>
    <name>TemplateCatalogue</name>
    <message>
        <source>Only the central desk issues assessment templates; they reach offices in the next package.</source>
        <translation>Шаблоны оценок выпускает только центральный офис; в офисы они поступают со следующим пакетом.</translation>
    </message>
    <message>
        <source>Version %1 of the template %2 already exists with other content; give the new one a higher version.</source>
        <translation>Версия %1 шаблона %2 уже существует с другим содержимым; присвойте новому шаблону более высокий номер версии.</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>The case file does not exist or was deleted.</source>
        <translation>Личное дело не существует или удалено.</translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation>Укажите дату посещения.</translation>
    </message>
    <message>
        <source>A visit is scheduled for today or a later day.</source>
        <translation>Посещение можно запланировать на сегодня или на более поздний день.</translation>
    </message>
    <message>
        <source>Choose the kind of visit.</source>
        <translation>Выберите вид посещения.</translation>
    </message>
    <message>
        <source>A re-registration repeats every 1 to 24 months.</source>
        <translation>Перерегистрация повторяется раз в 1–24 месяца.</translation>
    </message>
    <message>
        <source>The visit does not exist.</source>
        <translation>Такого посещения нет.</translation>
    </message>
    <message>
        <source>The visit is no longer scheduled: it was marked %1.</source>
        <translation>Посещение больше не запланировано: оно отмечено как «%1».</translation>
    </message>
    <message>
        <source>Give the date and time the visit took place.</source>
        <translation>Укажите дату и время, когда состоялось посещение.</translation>
    </message>
    <message>
        <source>A visit still to come cannot be missed yet.</source>
        <translation>Посещение, которое ещё не наступило, нельзя отметить как пропущенное.</translation>
    </message>
    <message>
        <source>Give the reason the visit is cancelled.</source>
        <translation>Укажите причину отмены посещения.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Unemployed</source>
        <translation>Безработный</translation>
    </message>
    <message>
        <source>Low-income family</source>
        <translation>Малообеспеченная семья</translation>
    </message>
    <message>
        <source>Person with disability</source>
        <translation>Лицо с инвалидностью</translation>
    </message>
    <message>
        <source>Victim of domestic violence</source>
        <translation>Лицо, пострадавшее от бытового насилия</translation>
    </message>
    <message>
        <source>Victim of trafficking</source>
        <translation>Жертва торговли людьми</translation>
    </message>
    <message>
        <source>Homeless</source>
        <translation>Без определённого места жительства</translation>
    </message>
    <message>
        <source>Released from prison / on probation</source>
        <translation>Освобождённый из мест лишения свободы / на пробации</translation>
    </message>
    <message>
        <source>Returning labour migrant</source>
        <translation>Вернувшийся трудовой мигрант</translation>
    </message>
    <message>
        <source>Elderly without relatives</source>
        <translation>Одинокий пожилой человек</translation>
    </message>
    <message>
        <source>Family with many children</source>
        <translation>Многодетная семья</translation>
    </message>
    <message>
        <source>Office visit</source>
        <translation>Приём в офисе</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Посещение на дому</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
    <message>
        <source>Remote (video, messenger)</source>
        <translation>Дистанционно (видео, мессенджер)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Personal identification number</source>
        <translation>Персональный идентификационный номер (ИИН/ПИН)</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Супруг(а) или партнёр</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Дедушка или бабушка</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Внук или внучка</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <source>Not related</source>
        <translation>Не родственник</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Relative&apos;s phone</source>
        <translation>Телефон родственника</translation>
    </message>
    <message>
        <source>Closing — waiting for sign-off</source>
        <translation>Закрывается — ждёт утверждения</translation>
    </message>
</context>
<context>
    <name>casedesk::AccessLogModel</name>
    <message>
        <source>Opened</source>
        <translation>Время открытия</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>case not here yet</source>
        <translation>дела здесь ещё нет</translation>
    </message>
    <message>
        <source>unknown site</source>
        <translation>неизвестный офис</translation>
    </message>
</context>
<context>
    <name>casedesk::AccessLogPage</name>
    <message>
        <source>Every opening of a case marked sensitive is recorded here, at the office where it happened and at the central desk, newest first.</source>
        <translation>Здесь записывается каждое открытие дела с ограниченным доступом — в офисе, где это произошло, и в центральном офисе. Новые записи вверху.</translation>
    </message>
    <message>
        <source>No sensitive case has been opened yet.</source>
        <translation>Дела с ограниченным доступом ещё никто не открывал.</translation>
    </message>
</context>
<context>
    <name>casedesk::ActionStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <source>%1
Due %2, now %3</source>
        <extracomment>heading of the status dialog: the action, its due date and its current status</extracomment>
        <translation>%1
Срок: %2, сейчас: %3</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>&amp;Дата выполнения:</translation>
    </message>
    <message>
        <source>Outcome &amp;note:</source>
        <translation>&amp;Примечание о результате:</translation>
    </message>
    <message>
        <source>Say why the action is cancelled: a reason is required.</source>
        <translation>Укажите, почему мероприятие отменяется: причина обязательна.</translation>
    </message>
    <message>
        <source>What came of it, e.g. the certificate received or the job taken.</source>
        <translation>Что получилось в итоге, например получена справка или клиент вышел на работу.</translation>
    </message>
    <message>
        <source>Optional: how it is going.</source>
        <translation>Необязательно: как идёт выполнение.</translation>
    </message>
</context>
<context>
    <name>casedesk::AddPeerDialog</name>
    <message>
        <source>Add peer</source>
        <translation>Добавление партнёра</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The identity file is that of the central desk &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Это файл удостоверения центрального офиса &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The identity file is that of the office &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Это файл удостоверения офиса &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Call %1 by phone. Ask them to read the fingerprint shown on their Sync page and compare it with the digits below. Add the peer only if every digit matches: otherwise the file may not come from %1.</source>
        <translation>Позвоните в %1. Попросите продиктовать отпечаток ключа, показанный у них на странице «Синхронизация», и сверьте его с цифрами ниже. Добавляйте партнёра, только если совпадают все цифры: иначе файл, возможно, получен не от %1.</translation>
    </message>
    <message>
        <source>Then read them this site&apos;s fingerprint, so they can check it too:</source>
        <translation>Затем продиктуйте им отпечаток ключа этого офиса, чтобы они тоже могли его проверить:</translation>
    </message>
    <message>
        <source>%1 read me the same digits by phone</source>
        <translation>Цифры, продиктованные по телефону из %1, совпадают</translation>
    </message>
    <message>
        <source>&amp;Add peer</source>
        <translation>&amp;Добавить партнёра</translation>
    </message>
</context>
<context>
    <name>casedesk::AgenciesDialog</name>
    <message>
        <source>Agencies</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Clients can be referred to these agencies. The other CaseDesk sites of the region are listed too: a referral to one of them shares the case with it.</source>
        <translation>В эти организации можно направлять клиентов. Здесь также перечислены другие офисы CaseDesk в регионе: направление в один из них предоставляет ему доступ к делу.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>&amp;Add agency…</source>
        <translation>&amp;Добавить организацию…</translation>
    </message>
    <message>
        <source>The central desk keeps the list of agencies; what it adds reaches this office with the next package.</source>
        <translation>Список организаций ведёт центральный офис; добавленные им организации поступают в этот офис со следующим пакетом.</translation>
    </message>
</context>
<context>
    <name>casedesk::AgendaModel</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <extracomment>the agenda&apos;s first day: &quot;Today, 12.05.2026&quot;</extracomment>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a day of the agenda: &quot;Thursday, 14.05.2026&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>Доступ ограничен</translation>
    </message>
</context>
<context>
    <name>casedesk::AnswerEditor</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>casedesk::AssessmentCompareDialog</name>
    <message>
        <source>Compare with the previous assessment</source>
        <translation>Сравнение с предыдущей оценкой</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Лучше</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Хуже</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Новая потребность</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Больше не требуется</translation>
    </message>
    <message>
        <source>There is no earlier completed assessment of this kind to compare with.</source>
        <translation>Нет более ранней завершённой оценки этого вида, с которой можно сравнить.</translation>
    </message>
    <message>
        <source>This site does not know the template of the assessment.</source>
        <translation>Шаблон этой оценки в этом офисе неизвестен.</translation>
    </message>
    <message>
        <source>%1, draft</source>
        <extracomment>the date of a draft in the comparison header</extracomment>
        <translation>%1, черновик</translation>
    </message>
    <message>
        <source>%1: the assessment of %2 against the one completed on %3.</source>
        <translation>%1: оценка от %2 в сравнении с оценкой, завершённой %3.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Before (%1)</source>
        <translation>До (%1)</translation>
    </message>
    <message>
        <source>After (%1)</source>
        <translation>После (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>casedesk::AssessmentDialog</name>
    <message>
        <source>Assessment &amp;date:</source>
        <translation>&amp;Дата оценки:</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <source>Keeps the answers so far (Ctrl+S)</source>
        <translation>Сохранить уже внесённые ответы (Ctrl+S)</translation>
    </message>
    <message>
        <source>C&amp;omplete…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохр&amp;анить в PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>This site does not know the template of this assessment yet; it arrives with the next package from the central desk.</source>
        <translation>Шаблон этой оценки в этом офисе пока неизвестен; он поступит со следующим пакетом из центрального офиса.</translation>
    </message>
    <message>
        <source>%1 — %2[*]</source>
        <extracomment>window title of an assessment: template title — date; [*] marks unsaved changes</extracomment>
        <translation>%1 — %2[*]</translation>
    </message>
    <message>
        <source>This assessment was changed at another site after it was completed. The result below was computed with the answers at completion and does not change.</source>
        <translation>Эта оценка была изменена в другом офисе после завершения. Результат ниже рассчитан по ответам на момент завершения и не меняется.</translation>
    </message>
    <message>
        <source>This case cannot be changed here, so the draft is shown read-only.</source>
        <translation>Это дело здесь изменить нельзя, поэтому черновик открыт только для чтения.</translation>
    </message>
    <message>
        <source>Completed by %1 on %2. A completed assessment cannot be changed.</source>
        <extracomment>status line of a completed assessment: who completed it and when</extracomment>
        <translation>Завершил(а): %1, %2. Завершённую оценку изменить нельзя.</translation>
    </message>
    <message>
        <source>Draft started by %1 — changes not saved yet</source>
        <translation>Черновик, начал(а): %1 — изменения ещё не сохранены</translation>
    </message>
    <message>
        <source>Draft started by %1</source>
        <translation>Черновик, начал(а): %1</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Черновик сохранён в %1</translation>
    </message>
    <message>
        <source>Complete the assessment</source>
        <translation>Завершение оценки</translation>
    </message>
    <message>
        <source>A completed assessment cannot be changed.</source>
        <translation>Завершённую оценку изменить нельзя.</translation>
    </message>
    <message>
        <source>The result is computed now from these answers and kept with the parameters in force on the assessment date. Complete it?</source>
        <translation>Результат будет рассчитан сейчас по этим ответам и сохранён вместе с параметрами, действующими на дату оценки. Завершить оценку?</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Завершить</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) need attention before the assessment can be completed; each message is under its question.</source>
        <translation>
            <numerusform>Прежде чем завершить оценку, нужно проверить %n ответ; сообщения показаны под вопросами.</numerusform>
            <numerusform>Прежде чем завершить оценку, нужно проверить %n ответа; сообщения показаны под вопросами.</numerusform>
            <numerusform>Прежде чем завершить оценку, нужно проверить %n ответов; сообщения показаны под вопросами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsaved answers are back in the form. They were kept on %1, when another worker signed in at this computer. Save them, or close without saving if they are no longer needed.</source>
        <translation>Ваши несохранённые ответы возвращены в форму. Они были отложены %1, когда за этим компьютером вошёл другой специалист. Сохраните их или закройте оценку без сохранения, если они больше не нужны.</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>Несохранённые ответы</translation>
    </message>
    <message>
        <source>The assessment has answers that are not saved yet.</source>
        <translation>В оценке есть несохранённые ответы.</translation>
    </message>
    <message>
        <source>Save them as a draft before closing?</source>
        <translation>Сохранить их как черновик перед закрытием?</translation>
    </message>
</context>
<context>
    <name>casedesk::AssessmentForm</name>
    <message>
        <source>%1 *</source>
        <extracomment>a required question: its text and a star</extracomment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>An answer is required to complete the assessment.</source>
        <translation>Без ответа на этот вопрос оценку нельзя завершить.</translation>
    </message>
</context>
<context>
    <name>casedesk::AssessmentListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>answers only</source>
        <extracomment>result of a completed profile, which has no level</extracomment>
        <translation>только ответы</translation>
    </message>
    <message>
        <source>Draft, in conflict</source>
        <translation>Черновик, есть конфликт</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Completed — edited after completion</source>
        <translation>Завершена — изменена после завершения</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
    <message>
        <source>An answer was changed at another site after completion. The result stays as it was computed.</source>
        <translation>После завершения оценки ответ был изменён в другом офисе. Результат остаётся таким, каким был рассчитан.</translation>
    </message>
    <message>
        <source>Completed by %1 on %2</source>
        <translation>Завершил(а): %1, %2</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <extracomment>assessment list: template title and its version</extracomment>
        <translation>%1, версия %2</translation>
    </message>
</context>
<context>
    <name>casedesk::AssessmentResultPanel</name>
    <message>
        <source>subsistence minimum</source>
        <translation>прожиточный минимум</translation>
    </message>
    <message>
        <source>poverty line share</source>
        <translation>доля для черты бедности</translation>
    </message>
    <message>
        <source>housing norm</source>
        <translation>норма жилой площади</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 м²</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный результат</translation>
    </message>
    <message>
        <source>Changes as you answer. The result is kept when the assessment is completed.</source>
        <translation>Меняется по мере ответов. Результат сохраняется при завершении оценки.</translation>
    </message>
    <message>
        <source>Result at completion</source>
        <translation>Результат на момент завершения</translation>
    </message>
    <message>
        <source>Overall level: %1 (total score %2)</source>
        <extracomment>the overall level of an assessment, e.g. &quot;Overall level: crisis&quot;</extracomment>
        <translation>Общий уровень: %1 (сумма баллов: %2)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <extracomment>the result of a means test, e.g. &quot;Result: eligible&quot;</extracomment>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Сферы</translation>
    </message>
    <message>
        <source>Needs raised</source>
        <translation>Выявленные потребности</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <source>Means test</source>
        <translation>Проверка нуждаемости</translation>
    </message>
    <message>
        <source>Rule version: template %1 version %2 (computation rules %3)</source>
        <extracomment>which rules produced a result: template title, its version, the computation rules</extracomment>
        <translation>Версия правил: шаблон %1, версия %2 (правила расчёта: %3)</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>из поставки</translation>
    </message>
    <message>
        <source>central desk</source>
        <translation>центральный офис</translation>
    </message>
    <message>
        <source>; %1 %2, from %3 (%4)</source>
        <extracomment>a parameter a result used: name, value, in force from a date, where it came from</extracomment>
        <translation>; %1 %2, действует с %3 (%4)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>casedesk::AssessmentsTab</name>
    <message>
        <source>No assessment has been made yet. Use &quot;New assessment…&quot; to start one from a template.</source>
        <translation>Оценок пока нет. Чтобы начать оценку по шаблону, нажмите «Новая оценка…».</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Compare with previous</source>
        <translation>&amp;Сравнить с предыдущей</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Сохр&amp;анить в PDF…</translation>
    </message>
    <message>
        <source>Discard d&amp;raft</source>
        <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Удаление черновика</translation>
    </message>
    <message>
        <source>Discard this draft assessment and every answer in it?</source>
        <translation>Удалить этот черновик оценки со всеми ответами?</translation>
    </message>
</context>
<context>
    <name>casedesk::AssistanceDialog</name>
    <message>
        <source>Add assistance</source>
        <translation>Добавление помощи</translation>
    </message>
    <message>
        <source>Cash benefit</source>
        <translation>Денежное пособие</translation>
    </message>
    <message>
        <source>Training stipend</source>
        <translation>Стипендия на время обучения</translation>
    </message>
    <message>
        <source>In-kind help</source>
        <translation>Помощь в натуральной форме</translation>
    </message>
    <message>
        <source>Start-up grant</source>
        <translation>Грант на открытие своего дела</translation>
    </message>
    <message>
        <source>e.g. Cash benefit</source>
        <translation>например, денежное пособие</translation>
    </message>
    <message>
        <source>What the client must do for it</source>
        <translation>Что клиент должен для этого сделать</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Monthly amount:</source>
        <translation>&amp;Сумма в месяц:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Условия:</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseDetailsForm</name>
    <message>
        <source>Case number:</source>
        <translation>Номер дела:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Офис:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Дата открытия:</translation>
    </message>
    <message>
        <source>Assigned &amp;worker:</source>
        <translation>Ответственный спе&amp;циалист:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <extracomment>no case-management model chosen yet</extracomment>
        <translation>Не выбрана</translation>
    </message>
    <message>
        <source>Light touch, standard, or intensive multi-agency case management</source>
        <translation>Облегчённая, стандартная или интенсивная (межведомственная) модель ведения случая</translation>
    </message>
    <message>
        <source>Case &amp;management:</source>
        <translation>&amp;Модель ведения случая:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Дата закрытия:</translation>
    </message>
    <message>
        <source>Closure reason:</source>
        <translation>Причина закрытия:</translation>
    </message>
    <message>
        <source>Closing notes:</source>
        <translation>Примечания к закрытию:</translation>
    </message>
    <message>
        <source>Closed by:</source>
        <translation>Кем закрыто:</translation>
    </message>
    <message>
        <source>Reopened:</source>
        <translation>Возобновлено:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>To be closed on:</source>
        <translation>Будет закрыто:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>when and why a case was reopened: &quot;12.05.2026 — lost the job again&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Last closed on:</source>
        <translation>Последнее закрытие:</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseFileWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation>Об&amp;щие сведения</translation>
    </message>
    <message>
        <source>&amp;Household</source>
        <translation>Домо&amp;хозяйство</translation>
    </message>
    <message>
        <source>&amp;Interactions</source>
        <translation>&amp;Взаимодействия</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Документ&amp;ы</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Истори&amp;я</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>window title: case number — client name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The case file %1 has changes that are not saved yet.</source>
        <translation>В личном деле %1 есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <source>&amp;Transfer to…</source>
        <translation>&amp;Передать в…</translation>
    </message>
    <message>
        <source>S&amp;hare with…</source>
        <translation>Предоставить &amp;доступ…</translation>
    </message>
    <message>
        <source>Transferred to %1 — read-only here</source>
        <extracomment>banner of a case file this office handed over</extracomment>
        <translation>Передано в %1 — здесь только для чтения</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your unsaved changes are back in the form.&lt;/b&gt; They were kept on %1, when another worker signed in at this computer. Save them, or undo them if they are no longer needed.</source>
        <translation>&lt;b&gt;Ваши несохранённые изменения возвращены в форму.&lt;/b&gt; Они были отложены %1, когда за этим компьютером вошёл другой специалист. Сохраните их или отмените, если они больше не нужны.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Только для чтения: %1</translation>
    </message>
    <message>
        <source>Case %1 is restricted: only its worker and the supervisors of its office see its details.</source>
        <translation>Доступ к делу %1 ограничен: подробности видят только ответственный специалист и супервизоры офиса.</translation>
    </message>
    <message>
        <source>%1 — restricted case</source>
        <translation>%1 — доступ ограничен</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>О&amp;ценки</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Закрыть дело…</translation>
    </message>
    <message>
        <source>Sign off c&amp;losure</source>
        <translation>&amp;Утвердить закрытие</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Воз&amp;обновить…</translation>
    </message>
    <message>
        <source>Review chan&amp;ges…</source>
        <translation>Просмотр изм&amp;енений…</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>П&amp;ланы</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>&amp;Направления</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>По&amp;сещения</translation>
    </message>
    <message>
        <source>Sign off the closure</source>
        <translation>Утвердить закрытие дела</translation>
    </message>
    <message>
        <source>&amp;Withdraw closure…</source>
        <translation>Отозвать зак&amp;рытие…</translation>
    </message>
    <message>
        <source>Closed on %1: %2. Closed by %3. The case is read-only; reopen it to change it.</source>
        <extracomment>banner of a closed case: date, reason, who closed it</extracomment>
        <translation>Закрыто %1: %2. Закрыл(а): %3. Дело доступно только для чтения; чтобы изменить его, возобновите дело.</translation>
    </message>
    <message>
        <source>Closing on %1 (%2) waits for a supervisor&apos;s sign-off. The case is read-only until then.</source>
        <translation>Закрытие с %1 (%2) ждёт утверждения супервизором. До этого дело доступно только для чтения.</translation>
    </message>
    <message>
        <source>Another office changed the case without having seen the closure.</source>
        <translation>Другой офис изменил дело, ещё не получив сведений о его закрытии.</translation>
    </message>
    <message>
        <source>Print s&amp;ummary</source>
        <translation>Печать сводк&amp;и</translation>
    </message>
    <message>
        <source>The case file summary on paper: client, household, assessments, plans, referrals and the last interactions</source>
        <translation>Сводка по делу на бумаге: клиент, семья, оценки, планы, направления и последние взаимодействия</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseListModel</name>
    <message>
        <source>Two offices changed this case differently; open it to choose what stays.</source>
        <translation>Два офиса изменили это дело по-разному; откройте его и выберите, что оставить.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>A sensitive case: only its worker and the office&apos;s supervisors see its details.</source>
        <translation>Дело с ограниченным доступом: подробности видят только ответственный специалист и супервизоры офиса.</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>Доступ ограничен</translation>
    </message>
</context>
<context>
    <name>casedesk::CaseListPage</name>
    <message>
        <source>Search by name, case number, ID or phone</source>
        <translation>Поиск по ФИО, номеру дела, документа или телефону</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Все специалисты</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assigned worker</source>
        <translation>Ответственный специалист</translation>
    </message>
    <message>
        <source>Category of vulnerability</source>
        <translation>Категория уязвимости</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) found</source>
        <translation>
            <numerusform>Найдено %Ln дело</numerusform>
            <numerusform>Найдено %Ln дела</numerusform>
            <numerusform>Найдено %Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 matching cases are listed. Type more of the name, number or phone to narrow the search.</source>
        <translation>Показано не более %1 подходящих дел. Чтобы сузить поиск, введите имя, номер или телефон подробнее.</translation>
    </message>
    <message>
        <source>No case matches. Check the spelling, search by case number or phone, or clear the filters.</source>
        <translation>Подходящих дел нет. Проверьте написание, поищите по номеру дела или телефону либо сбросьте фильтры.</translation>
    </message>
    <message>
        <source>There are no case files yet. Open the first one with &quot;New case…&quot;.</source>
        <translation>Личных дел пока нет. Заведите первое кнопкой «Новое дело…».</translation>
    </message>
    <message>
        <source>Case %1 is sensitive: only its worker and the office&apos;s supervisors may open it.</source>
        <translation>Доступ к делу %1 ограничен: открыть его могут только ответственный специалист и супервизоры офиса.</translation>
    </message>
</context>
<context>
    <name>casedesk::CasePickerDialog</name>
    <message>
        <source>Search by name, case number or ID number</source>
        <translation>Поиск по имени, номеру дела или ИИН</translation>
    </message>
    <message>
        <source>No case matches the search.</source>
        <translation>Ни одно дело не подходит под поиск.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Выбрать</translation>
    </message>
</context>
<context>
    <name>casedesk::ClosureDialog</name>
    <message>
        <source>Case %1</source>
        <extracomment>heading of the closure dialogs: case number and client</extracomment>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Дело %1 — %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>the empty first entry of a list the person must choose from</extracomment>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Закрытие дела</translation>
    </message>
    <message>
        <source>What was achieved and what the client was told; required when the reason is &quot;Other&quot;</source>
        <translation>Чего удалось достичь и что сообщили клиенту; обязательно, если выбрана причина «Другое»</translation>
    </message>
    <message>
        <source>A supervisor signs the closure off. Until then the case waits as &quot;closing&quot; and cannot be changed; &quot;Reopen…&quot; withdraws the closure.</source>
        <translation>Закрытие утверждает супервизор. До этого дело находится в состоянии «закрывается» и изменить его нельзя; команда «Возобновить…» отзывает закрытие.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Closing &amp;notes:</source>
        <translation>Прим&amp;ечания к закрытию:</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>&amp;Дата закрытия:</translation>
    </message>
    <message>
        <source>&amp;Request closure</source>
        <translation>&amp;Запросить закрытие</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Закрыть дело</translation>
    </message>
    <message>
        <source>Withdraw closure</source>
        <translation>Отзыв закрытия</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Возобновление дела</translation>
    </message>
    <message>
        <source>Why the case stays open (required)</source>
        <translation>Почему дело остаётся открытым (обязательно)</translation>
    </message>
    <message>
        <source>Why the case is opened again (required)</source>
        <translation>Почему дело открывается снова (обязательно)</translation>
    </message>
    <message>
        <source>The closure waiting for a supervisor&apos;s sign-off is withdrawn; the case is open again.</source>
        <translation>Закрытие, ожидающее утверждения супервизором, отзывается, и дело снова становится открытым.</translation>
    </message>
    <message>
        <source>Closed on %1 (%2). The closure stays in the case&apos;s history.</source>
        <translation>Закрыто %1 (%2). Сведения о закрытии сохранятся в истории дела.</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Дата отзыва:</translation>
    </message>
    <message>
        <source>Reopened &amp;on:</source>
        <translation>&amp;Дата возобновления:</translation>
    </message>
    <message>
        <source>&amp;Withdraw closure</source>
        <translation>&amp;Отозвать закрытие</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>&amp;Возобновить дело</translation>
    </message>
    <message>
        <source>You may sign closures off, so the case is closed at once. It can be reopened later.</source>
        <translation>Вы вправе утверждать закрытие дел, поэтому дело будет закрыто сразу. Позже его можно возобновить.</translation>
    </message>
</context>
<context>
    <name>casedesk::ComplianceDialog</name>
    <message>
        <source>Record month</source>
        <translation>Выполнение обязательств за месяц</translation>
    </message>
    <message>
        <source>This month is already recorded; recording it again replaces it.</source>
        <translation>Этот месяц уже отмечен; новая запись заменит прежнюю.</translation>
    </message>
    <message>
        <source>The client &amp;kept the contract this month</source>
        <translation>Клиент &amp;выполнил контракт в этом месяце</translation>
    </message>
    <message>
        <source>What the client did, or did not do</source>
        <translation>Что клиент сделал или не сделал</translation>
    </message>
    <message>
        <source>Why this consequence</source>
        <translation>Почему применяется это последствие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Consequence:</source>
        <translation>П&amp;оследствие:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <source>Payable:</source>
        <translation>К выплате:</translation>
    </message>
    <message>
        <source>no assistance in the contract</source>
        <extracomment>payable assistance for the month: &quot;12 000,00 of 24 000,00&quot;</extracomment>
        <translation>помощь контрактом не предусмотрена</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>casedesk::ComplianceModel</name>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Последствие</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>К выплате</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>casedesk::ConferenceCasesTab</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>a case on the conference&apos;s agenda: &quot;2026-0042 — Ivanova Anna&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What was decided:</source>
        <translation>Что решено:</translation>
    </message>
    <message>
        <source>&amp;Add case…</source>
        <translation>&amp;Добавить дело…</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Снять</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Cases on the agenda:</source>
        <translation>Дела в повестке:</translation>
    </message>
    <message>
        <source>Socio-economic &amp;situation:</source>
        <translation>Социально-экономическое &amp;положение:</translation>
    </message>
    <message>
        <source>&amp;Benefits already received:</source>
        <translation>Уже получаемые &amp;пособия:</translation>
    </message>
    <message>
        <source>Services already &amp;offered:</source>
        <translation>Уже оказанные &amp;услуги:</translation>
    </message>
    <message>
        <source>&amp;Risk factors:</source>
        <translation>Факторы &amp;риска:</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Потребности:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Decision / follow-up action</source>
        <translation>Решение / мера</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>В плане</translation>
    </message>
    <message>
        <source>New &amp;decision…</source>
        <translation>Новое &amp;решение…</translation>
    </message>
    <message>
        <source>New &amp;follow-up…</source>
        <translation>Новая &amp;мера…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>To the &amp;plan</source>
        <translation>В &amp;план</translation>
    </message>
    <message>
        <source>Make the follow-up action an action of the client&apos;s plan</source>
        <translation>Сделать меру мероприятием плана клиента</translation>
    </message>
    <message>
        <source>Decisions and follow-up actions:</source>
        <translation>Решения и меры:</translation>
    </message>
    <message>
        <source>No case is on the agenda yet. Use &quot;Add case…&quot; to put the cases to discuss on it.</source>
        <translation>В повестке пока нет дел. Нажмите «Добавить дело…», чтобы внести дела для обсуждения.</translation>
    </message>
    <message>
        <source>Case %1 is sensitive: only its number is shown to you.</source>
        <translation>Дело %1 конфиденциальное: вам показан только его номер.</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>the follow-up&apos;s plan action is kept at another office</extracomment>
        <translation>да</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Совещание по конкретному делу</translation>
    </message>
    <message>
        <source>Add a case to the agenda</source>
        <translation>Добавить дело в повестку</translation>
    </message>
    <message>
        <source>Take the case off the agenda</source>
        <translation>Снять дело с повестки</translation>
    </message>
    <message>
        <source>Take case %1 off the agenda, with what was recorded about it and its decisions?</source>
        <translation>Снять дело %1 с повестки вместе с записанным о нём и его решениями?</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Новое решение</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Решение %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the follow-up action?</source>
        <translation>Удалить меру?</translation>
    </message>
    <message>
        <source>Remove decision %1 with its follow-up actions? The decisions after it move up a number.</source>
        <translation>Удалить решение %1 вместе с его мерами? Номера следующих решений уменьшатся на один.</translation>
    </message>
    <message>
        <source>To the plan</source>
        <translation>В план</translation>
    </message>
</context>
<context>
    <name>casedesk::ConferenceDetailsForm</name>
    <message>
        <source>e.g. the office&apos;s meeting room</source>
        <translation>например, зал заседаний офиса</translation>
    </message>
    <message>
        <source>what the conference is about, in a few words</source>
        <translation>о чём совещание, в нескольких словах</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <source>S&amp;ecretary:</source>
        <translation>&amp;Секретарь:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>В&amp;ид:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
</context>
<context>
    <name>casedesk::ConferenceListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
</context>
<context>
    <name>casedesk::ConferenceParticipantsTab</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Пригласить…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Mark as:</source>
        <translation>Отметить:</translation>
    </message>
    <message>
        <source>The minutes can be approved once everyone invited is marked present, absent or excused.</source>
        <translation>Протокол можно утвердить, когда каждый приглашённый отмечен как присутствовал, отсутствовал или отсутствовал по уважительной причине.</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Удалить участников</translation>
    </message>
    <message numerus="yes">
        <source>Take %n participant(s) off the conference?</source>
        <translation>
            <numerusform>Удалить %n участника из совещания?</numerusform>
            <numerusform>Удалить %n участников из совещания?</numerusform>
            <numerusform>Удалить %n участников из совещания?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ConferenceWindow</name>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Совещание</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>Cases and &amp;decisions</source>
        <translation>Дела и &amp;решения</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Сохранить сведения</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Приложенные документы</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Приложить…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>A&amp;pprove minutes</source>
        <translation>У&amp;твердить протокол</translation>
    </message>
    <message>
        <source>Keep the minutes as they are now, exactly as printed, for the participants to sign</source>
        <translation>Сохранить протокол в нынешнем виде, в точности как он печатается, для подписи участниками</translation>
    </message>
    <message>
        <source>Start a co&amp;rrection…</source>
        <translation>Начать &amp;исправление…</translation>
    </message>
    <message>
        <source>Pri&amp;nt minutes</source>
        <translation>Пе&amp;чать протокола</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>&amp;Предварительный просмотр…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Print preview, &amp;redacted…</source>
        <translation>Просмотр, &amp;обезличенный…</translation>
    </message>
    <message>
        <source>Save as PDF, re&amp;dacted…</source>
        <translation>PDF, о&amp;безличенный…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>an attached document: its name and size</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>Case conference of %1</source>
        <extracomment>the conference window&apos;s title: &quot;Case conference of 12.12.2026 at 10:00 — subject&quot;</extracomment>
        <translation>Совещание по конкретному делу от %1</translation>
    </message>
    <message>
        <source>Case conference of %1 — %2</source>
        <translation>Совещание по конкретному делу от %1 — %2</translation>
    </message>
    <message>
        <source>Minutes approved on %1 by %2 (revision %3). They are read-only; a change is made as a correction.</source>
        <translation>Протокол утверждён %1, утвердил(а) %2 (редакция %3). Он доступен только для чтения; изменения вносятся исправлением.</translation>
    </message>
    <message>
        <source>Minutes approved.</source>
        <translation>Протокол утверждён.</translation>
    </message>
    <message>
        <source>Correction of approved minutes, revision %1, in progress: %2</source>
        <translation>Идёт исправление утверждённого протокола, редакция %1: %2</translation>
    </message>
    <message>
        <source>Draft minutes: they can be changed until they are approved.</source>
        <translation>Черновик протокола: его можно менять, пока он не утверждён.</translation>
    </message>
    <message>
        <source>This conference is kept at %1; it can be read here but not changed.</source>
        <translation>Совещание ведёт %1; здесь его можно читать, но не менять.</translation>
    </message>
    <message>
        <source>Case conference</source>
        <translation>Совещание по конкретному делу</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>Утвердить протокол</translation>
    </message>
    <message>
        <source>Approve the minutes? They are kept exactly as printed now and can no longer be changed; a later change is a correction with its own approval.</source>
        <translation>Утвердить протокол? Он сохраняется в точности таким, каким печатается сейчас, и больше не меняется; позднейшее изменение — это исправление со своим утверждением.</translation>
    </message>
    <message>
        <source>Start a correction</source>
        <translation>Начать исправление</translation>
    </message>
    <message>
        <source>What is to be corrected, and why:</source>
        <translation>Что нужно исправить и почему:</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Приложить документы</translation>
    </message>
    <message>
        <source>Save the changes to the meeting&apos;s details?</source>
        <translation>Сохранить изменения в сведениях о совещании?</translation>
    </message>
</context>
<context>
    <name>casedesk::ConferencesPage</name>
    <message>
        <source>Case conferences</source>
        <translation>Совещания по конкретным делам</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Прошедшие</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Search by subject, place, chair, participant or case number</source>
        <translation>Поиск по теме, месту, председателю, участнику или номеру дела</translation>
    </message>
    <message>
        <source>No conference matches the search.</source>
        <translation>Ни одно совещание не подходит под поиск.</translation>
    </message>
    <message>
        <source>No conference is scheduled. Use &quot;New conference…&quot; to schedule one.</source>
        <translation>Совещаний не запланировано. Нажмите «Новое совещание…», чтобы назначить.</translation>
    </message>
    <message>
        <source>No conference has been held yet.</source>
        <translation>Совещаний ещё не проводилось.</translation>
    </message>
    <message>
        <source>&amp;New conference…</source>
        <translation>&amp;Новое совещание…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Partner &amp;specialists…</source>
        <translation>&amp;Специалисты-партнёры…</translation>
    </message>
</context>
<context>
    <name>casedesk::ConflictListModel</name>
    <message>
        <source>Deleted at one site, changed at another</source>
        <translation>Удалено в одном офисе, изменено в другом</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the field names of one field group, e.g. &quot;Family name, Given name&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>(shared data)</source>
        <extracomment>conflict of a record that belongs to no case (a site, a reference row)</extracomment>
        <translation>(общие данные)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Где изменено</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>The assessment was completed before this change reached it; its result stays as it was computed, whichever value is kept.</source>
        <translation>Оценка была завершена до того, как поступило это изменение; её результат остаётся таким, каким был рассчитан, какое бы значение ни было сохранено.</translation>
    </message>
    <message>
        <source>%1 — edited after completion</source>
        <translation>%1 — изменено после завершения оценки</translation>
    </message>
    <message>
        <source>The case was closed at one site while another, which had not seen the closure yet, changed it. Keep it closed, or reopen it.</source>
        <translation>Дело было закрыто в одном офисе, а другой офис, ещё не получивший сведений о закрытии, изменил его. Оставьте дело закрытым или возобновите его.</translation>
    </message>
    <message>
        <source>Case — edited after closure</source>
        <extracomment>conflict list: a closed case changed at a site that had not seen the closure</extracomment>
        <translation>Дело — изменено после закрытия</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made after the closure</source>
        <translation>
            <numerusform>%n изменение внесено после закрытия</numerusform>
            <numerusform>%n изменения внесены после закрытия</numerusform>
            <numerusform>%n изменений внесено после закрытия</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — edited after approval</source>
        <extracomment>conflict list: a record of conference minutes changed after they were approved</extracomment>
        <translation>%1 — изменено после утверждения протокола</translation>
    </message>
    <message>
        <source>The minutes were approved before this change reached them; the approved paper stays as it was kept, whichever value is kept. A change to the minutes needs a correction.</source>
        <translation>Протокол был утверждён до того, как поступило это изменение; утверждённый документ остаётся таким, каким сохранён, какое бы значение ни было выбрано. Чтобы изменить протокол, нужно исправление.</translation>
    </message>
</context>
<context>
    <name>casedesk::ConflictResolutionDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in case %2 (%3): %4</source>
        <extracomment>intro of the conflict dialog: record kind, case number, client</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; в деле %2 (%3): %4</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Разрешить</translation>
    </message>
    <message>
        <source>One site deleted this record while another changed it. Keep it deleted, or restore it with the changes.</source>
        <translation>Один офис удалил эту запись, а другой в это время изменил её. Оставьте её удалённой или восстановите с изменениями.</translation>
    </message>
    <message>
        <source>The sites saved different values. Choose the version that is right; it replaces the others everywhere once it has synced.</source>
        <translation>Офисы сохранили разные значения. Выберите правильную версию: после синхронизации она заменит остальные во всех офисах.</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <extracomment>column title of one version: author, site, date and time</extracomment>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Before the changes</source>
        <translation>До изменений</translation>
    </message>
    <message>
        <source>(written separately)</source>
        <translation>(записано отдельно)</translation>
    </message>
    <message>
        <source>Keep the version of %1 (%2)</source>
        <extracomment>choice in the conflict dialog: keep the values one author saved at one site</extracomment>
        <translation>Оставить версию пользователя %1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>When it was deleted
%1</source>
        <extracomment>column titles of a delete/edit conflict; %1 lists who deleted or changed it</extracomment>
        <translation>На момент удаления
%1</translation>
    </message>
    <message>
        <source>With the changes
%1</source>
        <translation>С изменениями
%1</translation>
    </message>
    <message>
        <source>Keep it &amp;deleted</source>
        <translation>Оставить &amp;удалённой</translation>
    </message>
    <message>
        <source>Restore it &amp;with the changes</source>
        <translation>&amp;Восстановить с изменениями</translation>
    </message>
    <message>
        <source>Choose which version stays.</source>
        <translation>Выберите, какая версия останется.</translation>
    </message>
    <message>
        <source>This assessment was completed before the change reached it. Its result was computed with the answers at completion and does not change, whichever version is kept.</source>
        <translation>Эта оценка была завершена до того, как поступило изменение. Её результат рассчитан по ответам на момент завершения и не изменится, какая бы версия ни была сохранена.</translation>
    </message>
</context>
<context>
    <name>casedesk::ConflictsPage</name>
    <message>
        <source>Case number or client name</source>
        <translation>Номер дела или ФИО клиента</translation>
    </message>
    <message>
        <source>There are no conflicts. When two sites change the same fields differently, they are listed here.</source>
        <translation>Конфликтов нет. Если два офиса по-разному изменят одни и те же поля, конфликт появится здесь.</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Разрешить…</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>О&amp;фис:</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
</context>
<context>
    <name>casedesk::ConsentForm</name>
    <message>
        <source>The client consented to the processing of their data</source>
        <translation>Получено согласие клиента на обработку его персональных данных</translation>
    </message>
    <message>
        <source>Consent date:</source>
        <translation>Дата согласия:</translation>
    </message>
    <message>
        <source>Sharing:</source>
        <translation>Обмен данными:</translation>
    </message>
    <message>
        <source>Other agencies the case may be shared with</source>
        <translation>Другие организации, которым можно предоставить доступ к делу</translation>
    </message>
    <message>
        <source>May be shared with:</source>
        <translation>Кому разрешён доступ:</translation>
    </message>
    <message>
        <source>Tick the offices and agencies the client agreed the case may be shared with or referred to</source>
        <translation>Отметьте офисы и организации, которым клиент разрешил предоставлять доступ к делу или в которые его можно направлять</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a partner in the consent list: name — kind of agency</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>casedesk::ContractSection</name>
    <message>
        <source>Monthly compliance</source>
        <translation>Выполнение обязательств по месяцам</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>Add o&amp;bligation…</source>
        <translation>Добавить о&amp;бязательство…</translation>
    </message>
    <message>
        <source>The client undertakes:</source>
        <translation>Клиент обязуется:</translation>
    </message>
    <message>
        <source>The agency undertakes:</source>
        <translation>Организация обязуется:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>В месяц</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Add assista&amp;nce…</source>
        <translation>Добавить &amp;помощь…</translation>
    </message>
    <message>
        <source>No month recorded yet.</source>
        <translation>Ни один месяц ещё не отмечен.</translation>
    </message>
    <message>
        <source>Record &amp;month…</source>
        <translation>Отметить &amp;месяц…</translation>
    </message>
    <message>
        <source>Total per month: %1</source>
        <extracomment>the sum of a social contract&apos;s monthly assistance</extracomment>
        <translation>Итого в месяц: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::DocumentModel</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>casedesk::DocumentsTab</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Не удалось записать файл %1: %2</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Прикрепить…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Прикрепить документы</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>No program on this computer opens %1. Use &quot;Save a copy…&quot; and open it from there.</source>
        <translation>На этом компьютере нет программы, которая открывает %1. Выберите «Сохранить копию…» и откройте сохранённый файл.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>No documents are attached. Use &quot;Attach…&quot; to add scans or letters.</source>
        <translation>Документы не прикреплены. Чтобы добавить сканы или письма, нажмите «Прикрепить…».</translation>
    </message>
</context>
<context>
    <name>casedesk::DuplicateReviewModel</name>
    <message>
        <source>(not in this file)</source>
        <translation>(нет в этом файле)</translation>
    </message>
    <message>
        <source>Choose the pair to dismiss.</source>
        <translation>Выберите пару, которую нужно снять с проверки.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>ID document type and number, e.g. &quot;Passport N1234567&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Другое лицо</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
</context>
<context>
    <name>casedesk::DuplicateWarningDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>This person may already have a case file. Open the existing case instead of creating a second one, unless you are sure it is someone else.</source>
        <translation>Возможно, у этого человека уже есть личное дело. Откройте существующее дело, а не заводите второе, если только вы не уверены, что это другой человек.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>&amp;Open existing case</source>
        <translation>&amp;Открыть существующее дело</translation>
    </message>
    <message>
        <source>C&amp;reate anyway</source>
        <translation>&amp;Всё равно завести</translation>
    </message>
</context>
<context>
    <name>casedesk::DuplicatesPage</name>
    <message>
        <source>These persons have the same ID document as another person recorded at a different site. Compare the records; nothing is merged automatically.</source>
        <translation>У этих лиц тот же документ, удостоверяющий личность, что и у лица, записанного в другом офисе. Сравните записи: автоматически ничего не объединяется.</translation>
    </message>
    <message>
        <source>No possible duplicates are waiting for review.</source>
        <translation>Возможных дубликатов, ожидающих проверки, нет.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Другое лицо</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Это разные люди</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>ID document type and number</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>casedesk::FirstAdminDialog</name>
    <message>
        <source>First office administrator</source>
        <translation>Первый администратор офиса</translation>
    </message>
    <message>
        <source>The office administrator creates the accounts of the other workers and looks after the office&apos;s keys, sync and backups. Once this account exists, everyone signs in with their own password and the screen locks when the desk is left.</source>
        <translation>Администратор офиса создаёт учётные записи других специалистов и отвечает за ключи офиса, синхронизацию и резервные копии. После создания этой учётной записи каждый входит со своим паролем, а экран блокируется, когда рабочее место оставлено без присмотра.</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>for example a.nurlanova</source>
        <translation>например, a.nurlanova</translation>
    </message>
    <message>
        <source>I also work on cases (case worker)</source>
        <translation>Я также веду дела (специалист по работе со случаем)</translation>
    </message>
    <message>
        <source>I also supervise (supervisor)</source>
        <translation>Я также курирую работу (супервизор)</translation>
    </message>
    <message>
        <source>Keep the password safe: without an administrator&apos;s password nobody can open the office&apos;s keys.</source>
        <translation>Храните пароль надёжно: без пароля администратора никто не сможет открыть ключи офиса.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Создать и войти</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Пов&amp;торите пароль:</translation>
    </message>
</context>
<context>
    <name>casedesk::FirstStartDialog</name>
    <message>
        <source>Welcome to CaseDesk</source>
        <translation>Добро пожаловать в CaseDesk</translation>
    </message>
    <message>
        <source>Every change you make is recorded with your name, so that colleagues at this and other offices know who to ask.</source>
        <translation>Каждое ваше изменение записывается с вашим именем, чтобы коллеги в этом и других офисах знали, к кому обратиться.</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Your &amp;office:</source>
        <translation>Ваш &amp;офис:</translation>
    </message>
    <message>
        <source>This site file has no user accounts yet: whoever uses this computer works under the name below. To have each worker sign in with their own password, and the screen lock when the desk is left, create the office administrator first.</source>
        <translation>В этом файле офиса пока нет учётных записей: всё, что делается на этом компьютере, записывается под именем, указанным ниже. Чтобы каждый специалист входил со своим паролем, а экран блокировался, когда рабочее место оставлено без присмотра, сначала создайте администратора офиса.</translation>
    </message>
    <message>
        <source>Create the office &amp;administrator…</source>
        <translation>Создать &amp;администратора офиса…</translation>
    </message>
    <message>
        <source>Or work without accounts for now:</source>
        <translation>Или пока работайте без учётных записей:</translation>
    </message>
</context>
<context>
    <name>casedesk::FollowUpDialog</name>
    <message>
        <source>New follow-up action</source>
        <translation>Новая мера</translation>
    </message>
    <message>
        <source>Follow-up action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>e.g. arrange a place in the day centre</source>
        <translation>например, устроить в центр дневного пребывания</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>Ор&amp;ганизация:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>casedesk::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>entity and field in the history, e.g. &quot;Person: Family name&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>casedesk::HistoryTab</name>
    <message>
        <source>No changes are recorded.</source>
        <translation>Изменений не записано.</translation>
    </message>
</context>
<context>
    <name>casedesk::HouseholdAnswerEditor</name>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Учитывается</translation>
    </message>
    <message>
        <source>Reason when not counted</source>
        <translation>Причина, если не учитывается</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>учитывается</translation>
    </message>
    <message>
        <source>For example: in military service, lives elsewhere</source>
        <translation>Например: проходит воинскую службу, проживает в другом месте</translation>
    </message>
</context>
<context>
    <name>casedesk::HouseholdMemberDialog</name>
    <message>
        <source>Add household member</source>
        <translation>Добавление члена домохозяйства</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Relationship to the client:</source>
        <translation>&amp;Степень родства с клиентом:</translation>
    </message>
</context>
<context>
    <name>casedesk::HouseholdModel</name>
    <message>
        <source>Relationship</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>casedesk::HouseholdTab</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Добавить члена домохозяйства…</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Исключить из домохозяйства</translation>
    </message>
    <message>
        <source>Remove household member</source>
        <translation>Исключение из домохозяйства</translation>
    </message>
    <message>
        <source>Remove %1 from the household? The case history keeps that they were a member.</source>
        <translation>Исключить из домохозяйства: %1? В истории дела сохранится, что этот человек был членом домохозяйства.</translation>
    </message>
    <message>
        <source>No household members are recorded.</source>
        <translation>Члены домохозяйства не указаны.</translation>
    </message>
</context>
<context>
    <name>casedesk::ImportSummaryDialog</name>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонён: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) imported.</source>
        <translation>
            <numerusform>Импортирован %n пакет.</numerusform>
            <numerusform>Импортировано %n пакета.</numerusform>
            <numerusform>Импортировано %n пакетов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not imported.</source>
        <translation>
            <numerusform>Не импортирован %n пакет.</numerusform>
            <numerusform>Не импортировано %n пакета.</numerusform>
            <numerusform>Не импортировано %n пакетов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::IncomesAnswerEditor</name>
    <message>
        <source>Household member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <source>Kind of income</source>
        <translation>Вид дохода</translation>
    </message>
    <message>
        <source>Amount over the period</source>
        <extracomment>column of the incomes table: the amount received over the whole income period</extracomment>
        <translation>Сумма за расчётный период</translation>
    </message>
    <message>
        <source>No income is entered. Leave the table empty when the household had no income in the period.</source>
        <translation>Доходы не указаны. Если у семьи не было доходов за расчётный период, оставьте таблицу пустой.</translation>
    </message>
    <message>
        <source>Add &amp;income</source>
        <translation>Добавить до&amp;ход</translation>
    </message>
    <message>
        <source>(not in the household)</source>
        <extracomment>an income of a person who is no longer in the household list</extracomment>
        <translation>(не входит в состав семьи)</translation>
    </message>
    <message>
        <source>%1 (does not count)</source>
        <translation>%1 (не учитывается)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>casedesk::InteractionDialog</name>
    <message>
        <source>Record interaction</source>
        <translation>Запись взаимодействия</translation>
    </message>
    <message>
        <source>What was discussed, agreed or observed</source>
        <translation>Что обсудили, о чём договорились, что заметили</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>W&amp;orker:</source>
        <translation>&amp;Специалист:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>casedesk::InteractionModel</name>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>casedesk::InteractionsTab</name>
    <message>
        <source>&amp;Record interaction…</source>
        <translation>&amp;Записать взаимодействие…</translation>
    </message>
    <message>
        <source>No interactions are recorded yet. Use &quot;Record interaction…&quot; after each visit or call.</source>
        <translation>Взаимодействий пока нет. После каждого визита или звонка нажимайте «Записать взаимодействие…».</translation>
    </message>
</context>
<context>
    <name>casedesk::LateEditsDialog</name>
    <message>
        <source>Case edited after closure</source>
        <translation>Дело изменено после закрытия</translation>
    </message>
    <message>
        <source>Case %1 (%2) was closed, and another office, which had not yet seen the closure, changed it afterwards. Nothing was lost: the changes below are in the case file. Keep the case closed, or reopen it to go on working with the client.</source>
        <translation>Дело %1 (%2) было закрыто, а другой офис, ещё не получивший сведений о закрытии, после этого изменил его. Ничего не потеряно: перечисленные ниже изменения внесены в личное дело. Оставьте дело закрытым или возобновите его, чтобы продолжить работу с клиентом.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who changed a record, and at which office</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Keep closed</source>
        <translation>&amp;Оставить закрытым</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Возобновить…</translation>
    </message>
</context>
<context>
    <name>casedesk::LockScreen</name>
    <message>
        <source>CaseDesk — locked</source>
        <translation>CaseDesk — заблокировано</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>Экран заблокирован</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Sign in as &amp;another user</source>
        <translation>Войти под &amp;другой учётной записью</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Unsaved changes of the locked case files are kept for their worker and come back when they open those cases again.</source>
        <translation>Несохранённые изменения в заблокированных личных делах сохраняются для специалиста и вернутся, когда он снова откроет эти дела.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Пар&amp;оль:</translation>
    </message>
    <message>
        <source>Locked by %1</source>
        <translation>Заблокировано пользователем: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <source>No site file is open. Use File → Open file… or File → New site file…</source>
        <translation>Файл офиса не открыт. Выберите «Файл → Открыть файл…» или «Файл → Новый файл офиса…»</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>New &amp;site file…</source>
        <translation>Новый файл о&amp;фиса…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>%1 — CaseDesk</source>
        <translation>%1 — CaseDesk</translation>
    </message>
    <message>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <source>No site file is open</source>
        <translation>Файл офиса не открыт</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Офис: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) in the file</source>
        <translation>
            <numerusform>В файле %Ln дело</numerusform>
            <numerusform>В файле %Ln дела</numerusform>
            <numerusform>В файле %Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Создание резервной копии</translation>
    </message>
    <message>
        <source>CaseDesk backups (*.cdbak)</source>
        <translation>Резервные копии CaseDesk (*.cdbak)</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>CaseDesk backups (*.cdbak);;All files (*)</source>
        <translation>Резервные копии CaseDesk (*.cdbak);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Replace the site file with the backup %1?</source>
        <translation>Заменить файл офиса резервной копией %1?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Не удалось создать автоматическую резервную копию: %1</translation>
    </message>
    <message>
        <source>Automatic backup written to %1</source>
        <translation>Автоматическая резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <source>&amp;Export for %1…</source>
        <translation>&amp;Экспорт для партнёра «%1»…</translation>
    </message>
    <message>
        <source>No peers yet: add one on the Sync page</source>
        <translation>Партнёров по обмену пока нет: добавьте их на странице «Синхронизация»</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Импорт пакета…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <source>Sync &amp;page</source>
        <translation>&amp;Страница синхронизации</translation>
    </message>
    <message>
        <source>Central desk: %1</source>
        <translation>Центральный офис: %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Журнал доступа</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>status bar: the signed-in worker&apos;s name and roles</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Заблокировать экран</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Create the office &amp;administrator…</source>
        <translation>Создать &amp;администратора офиса…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <source>Without user accounts there is no password to unlock with, so this file cannot be locked.</source>
        <translation>Без учётных записей нет пароля для разблокировки, поэтому этот файл нельзя заблокировать.</translation>
    </message>
    <message>
        <source>From now on everyone signs in to this file with their own account. Add the other workers on the Users page.</source>
        <translation>Теперь каждый входит в этот файл под своей учётной записью. Добавьте других специалистов на странице «Пользователи».</translation>
    </message>
    <message>
        <source>Partner &amp;agencies…</source>
        <translation>Органи&amp;зации-партнёры…</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Супервизия</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Совещания</translation>
    </message>
</context>
<context>
    <name>casedesk::MyDayModel</name>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Due date of the action</source>
        <translation>Срок выполнения мероприятия</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>День посещения</translation>
    </message>
    <message>
        <source>Deadline for the client to present themselves</source>
        <translation>Срок, до которого клиент должен явиться</translation>
    </message>
    <message>
        <source>Day the client attended</source>
        <translation>День, когда клиент явился</translation>
    </message>
    <message>
        <source>Last contact with the client</source>
        <translation>Последний контакт с клиентом</translation>
    </message>
    <message>
        <source>Start of the plan</source>
        <translation>Начало плана</translation>
    </message>
    <message>
        <source>Day the case is to be closed</source>
        <translation>Дата, с которой дело будет закрыто</translation>
    </message>
    <message>
        <source>Restricted case</source>
        <translation>Доступ ограничен</translation>
    </message>
    <message>
        <source>A sensitive case: only its worker and the office&apos;s supervisors see who the client is.</source>
        <translation>Дело с ограниченным доступом: кто клиент, видят только ответственный специалист и супервизоры офиса.</translation>
    </message>
</context>
<context>
    <name>casedesk::MyDayPage</name>
    <message>
        <source>Nothing needs your attention today: no overdue actions, no visits due, no referrals past their deadline.</source>
        <translation>Сегодня ничто не требует вашего внимания: нет просроченных мероприятий, предстоящих посещений и направлений с истёкшим сроком.</translation>
    </message>
    <message>
        <source>No visits are scheduled in your cases this week.</source>
        <translation>На этой неделе в ваших делах не запланировано ни одного посещения.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>An open case with no interaction for this many days is listed as without recent contact</source>
        <translation>Открытое дело, по которому столько дней не было взаимодействий, попадает в список «Давно нет контакта»</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>after the number in &quot;No contact for [30] days&quot;</extracomment>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message>
        <source>No &amp;contact for:</source>
        <translation>Нет &amp;контакта:</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <extracomment>the title of the &quot;My day&quot; page with today&apos;s date</extracomment>
        <translation>Мой день — %1</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Никто не вошёл в систему.</translation>
    </message>
    <message>
        <source>Cases assigned to %1</source>
        <translation>Дела, за которые отвечает %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>one kind in the summary of &quot;My day&quot;: &quot;Overdue action: 2&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Visits this week (%1 – %2)</source>
        <extracomment>the agenda&apos;s title: the week ahead, &quot;12.05.2026 – 18.05.2026&quot;</extracomment>
        <translation>Посещения на этой неделе (%1 – %2)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n oldest of each kind are listed; the Supervision page lists each worker&apos;s.</source>
        <translation>
            <numerusform>Показан только %n самый ранний пункт каждого вида; на странице «Супервизия» — все пункты по каждому специалисту.</numerusform>
            <numerusform>Показаны только %n самых ранних пункта каждого вида; на странице «Супервизия» — все пункты по каждому специалисту.</numerusform>
            <numerusform>Показаны только %n самых ранних пунктов каждого вида; на странице «Супервизия» — все пункты по каждому специалисту.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::NewAgencyDialog</name>
    <message>
        <source>Add agency</source>
        <translation>Добавление организации</translation>
    </message>
    <message>
        <source>As the agency calls itself, e.g. &quot;Legal aid clinic, Taraz&quot;</source>
        <translation>Так, как называет себя сама организация, например «Юридическая клиника, Тараз»</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
</context>
<context>
    <name>casedesk::NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Новая оценка</translation>
    </message>
    <message>
        <source>&amp;Which assessment?</source>
        <translation>&amp;Какую оценку провести?</translation>
    </message>
    <message>
        <source>No assessment template is in force today. Templates come with the program or from the central desk.</source>
        <translation>Сегодня не действует ни один шаблон оценки. Шаблоны поставляются с программой или поступают из центрального офиса.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
</context>
<context>
    <name>casedesk::NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Assigned &amp;worker:</source>
        <translation>Ответственный спе&amp;циалист:</translation>
    </message>
    <message>
        <source>Categories of vulnerability</source>
        <translation>Категории уязвимости</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Завести дело</translation>
    </message>
    <message>
        <source>Give the worker the case is assigned to.</source>
        <translation>Укажите специалиста, ответственного за дело.</translation>
    </message>
    <message>
        <source>The opening date cannot be in the future.</source>
        <translation>Дата открытия не может быть в будущем.</translation>
    </message>
    <message>
        <source>Opened o&amp;n:</source>
        <translation>Дата о&amp;ткрытия:</translation>
    </message>
</context>
<context>
    <name>casedesk::NewConferenceDialog</name>
    <message>
        <source>New case conference</source>
        <translation>Новое совещание по конкретному делу</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Назначить</translation>
    </message>
</context>
<context>
    <name>casedesk::NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>&amp;Open-ended</source>
        <translation>&amp;Без даты окончания</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Окончание:</translation>
    </message>
</context>
<context>
    <name>casedesk::NewSiteDialog</name>
    <message>
        <source>New site file</source>
        <translation>Новый файл офиса</translation>
    </message>
    <message>
        <source>A site file holds all case files of one office. Create it once per office; other computers of the office receive a copy or exchange packages with it.</source>
        <translation>В файле офиса хранятся все личные дела одного офиса. Создайте его один раз для каждого офиса; другие компьютеры офиса получают его копию или обмениваются с ним пакетами.</translation>
    </message>
    <message>
        <source>for example: Social work centre, Almaly district</source>
        <translation>например: Центр социальной работы, Алмалинский район</translation>
    </message>
    <message>
        <source>2 to 8 Latin letters or digits, for example ALM1</source>
        <translation>от 2 до 8 латинских букв или цифр, например ALM1</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Название офиса:</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Код офиса:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>CaseDesk site files (*.cdsk)</source>
        <translation>Файлы офиса CaseDesk (*.cdsk)</translation>
    </message>
    <message>
        <source>Give the name of the office.</source>
        <translation>Укажите название офиса.</translation>
    </message>
    <message>
        <source>Give the office code: 2 to 8 Latin letters or digits.</source>
        <translation>Укажите код офиса: от 2 до 8 латинских букв или цифр.</translation>
    </message>
    <message>
        <source>Choose where the site file is kept.</source>
        <translation>Выберите, где будет храниться файл офиса.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or open it with &quot;Open file…&quot;.</source>
        <translation>Файл %1 уже существует. Выберите другое имя или откройте его командой «Открыть файл…».</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Central desk (receives the packages of all offices)</source>
        <translation>Центральный офис (получает пакеты всех офисов)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
</context>
<context>
    <name>casedesk::ObligationDialog</name>
    <message>
        <source>Add obligation</source>
        <translation>Добавление обязательства</translation>
    </message>
    <message>
        <source>The client undertakes</source>
        <translation>Клиент обязуется</translation>
    </message>
    <message>
        <source>The agency undertakes</source>
        <translation>Организация обязуется</translation>
    </message>
    <message>
        <source>e.g. Attend the vocational training every week</source>
        <translation>например, еженедельно посещать курс профессионального обучения</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <source>&amp;Obligation:</source>
        <translation>&amp;Обязательство:</translation>
    </message>
</context>
<context>
    <name>casedesk::OverviewTab</name>
    <message>
        <source>&lt;b&gt;Two offices changed this case differently.&lt;/b&gt; Both versions are kept; the fields show the one saved last. Check them with the other office before relying on them.</source>
        <translation>&lt;b&gt;Два офиса изменили это дело по-разному.&lt;/b&gt; Сохранены обе версии; в полях показана последняя сохранённая. Прежде чем опираться на эти данные, сверьте их с другим офисом.</translation>
    </message>
    <message>
        <source>This case was changed elsewhere while you were editing. Saving keeps those changes in every field you did not edit.</source>
        <translation>Пока вы редактировали это дело, его изменили в другом месте. При сохранении эти изменения останутся во всех полях, которые вы не меняли.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Categories of vulnerability</source>
        <translation>Категории уязвимости</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the worker the case is assigned to.</source>
        <translation>Укажите специалиста, ответственного за дело.</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Sensitive case: details only for its worker and the office&apos;s supervisors</source>
        <translation>Дело с ограниченным доступом: подробности видят только ответственный специалист и супервизоры офиса</translation>
    </message>
    <message>
        <source>Why the case is sensitive (required)</source>
        <translation>Почему доступ к делу ограничен (обязательно)</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
</context>
<context>
    <name>casedesk::PackageHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>casedesk::ParticipantDialog</name>
    <message>
        <source>Invite a participant</source>
        <translation>Пригласить участника</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>— typed below —</source>
        <translation>— вводится ниже —</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a partner specialist in the list: &quot;Name — Agency, role&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>e.g. school psychologist</source>
        <translation>например, школьный психолог</translation>
    </message>
    <message>
        <source>&amp;Keep in the list of partner specialists</source>
        <translation>&amp;Сохранить в списке специалистов-партнёров</translation>
    </message>
    <message>
        <source>From the &amp;list:</source>
        <translation>Из &amp;списка:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>A&amp;ttendance:</source>
        <translation>&amp;Присутствие:</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Пригласить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>casedesk::PartnerSpecialistsDialog</name>
    <message>
        <source>Partner specialists</source>
        <translation>Специалисты-партнёры</translation>
    </message>
    <message>
        <source>Search by name, agency or role</source>
        <translation>Поиск по имени, организации или роли</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Чей список</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>the central desk</source>
        <translation>центральный офис</translation>
    </message>
    <message>
        <source>this site</source>
        <translation>этот офис</translation>
    </message>
    <message>
        <source>Remove %1 from the list? Conferences they were invited to keep them.</source>
        <translation>Удалить %1 из списка? В совещаниях, куда он(а) был(а) приглашён(а), участник останется.</translation>
    </message>
</context>
<context>
    <name>casedesk::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message numerus="yes">
        <source>Choose a password of at least %n characters that others cannot guess.</source>
        <translation>
            <numerusform>Придумайте пароль не короче %n символа, который другие не смогут угадать.</numerusform>
            <numerusform>Придумайте пароль не короче %n символов, который другие не смогут угадать.</numerusform>
            <numerusform>Придумайте пароль не короче %n символов, который другие не смогут угадать.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>Сброс пароля: %1</translation>
    </message>
    <message>
        <source>Set a new password for %1 (%2) and tell it to them in person. They can change it after signing in.</source>
        <translation>Задайте новый пароль для %1 (%2) и сообщите его лично. После входа пароль можно сменить.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Повторите новый пароль:</translation>
    </message>
</context>
<context>
    <name>casedesk::PeerTableModel</name>
    <message>
        <source>Central desk</source>
        <translation>Центральный офис</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Last package in</source>
        <translation>Последний приём</translation>
    </message>
    <message>
        <source>Last package out</source>
        <translation>Последняя отправка</translation>
    </message>
    <message>
        <source>Changes waiting to go</source>
        <translation>Ожидают отправки</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Отозван %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::PersonForm</name>
    <message>
        <source>12.03.1984, 03.1984 or 1984</source>
        <translation>12.03.1984, 03.1984 или 1984</translation>
    </message>
    <message>
        <source>When only the month or the year of birth is known, type just that.</source>
        <translation>Если известны только месяц и год или только год рождения, введите только их.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>for example kk, ru</source>
        <translation>например, kk, ru</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <source>&amp;Locality:</source>
        <translation>&amp;Населённый пункт:</translation>
    </message>
    <message>
        <source>S&amp;treet and house:</source>
        <translation>У&amp;лица и дом:</translation>
    </message>
    <message>
        <source>L&amp;anguages:</source>
        <translation>Язы&amp;ки:</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>Дата рождения: %1</translation>
    </message>
    <message>
        <source>S&amp;ex:</source>
        <translation>По&amp;л:</translation>
    </message>
    <message>
        <source>ID docu&amp;ment:</source>
        <translation>Доку&amp;мент:</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Номер документа:</translation>
    </message>
</context>
<context>
    <name>casedesk::PhoneListEditor</name>
    <message>
        <source>Add phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>+7 701 123 45 67</source>
        <translation>+7 701 123 45 67</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Phone kind</source>
        <translation>Тип телефона</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>Удалить этот номер телефона</translation>
    </message>
</context>
<context>
    <name>casedesk::PlanActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Добавление мероприятия</translation>
    </message>
    <message>
        <source>Not under a goal</source>
        <translation>Без привязки к цели</translation>
    </message>
    <message>
        <source>— not specified —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>e.g. Employment centre</source>
        <translation>например, центр занятости</translation>
    </message>
    <message>
        <source>Who at the agency</source>
        <translation>Кто отвечает в организации</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>Контактное &amp;лицо:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>С&amp;рок:</translation>
    </message>
</context>
<context>
    <name>casedesk::PlanGoalDialog</name>
    <message>
        <source>Add goal</source>
        <translation>Добавление цели</translation>
    </message>
    <message>
        <source>What the client is to reach, e.g. &quot;Find stable work&quot;</source>
        <translation>Чего должен достичь клиент, например «Найти постоянную работу»</translation>
    </message>
    <message>
        <source>No assessed need</source>
        <translation>Не связана с выявленной потребностью</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a need in the goal dialog: &quot;Income support (Difficult life situation, 02.03.2026)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No completed assessment of this case has raised a need.</source>
        <translation>Ни одна завершённая оценка по этому делу не выявила потребностей.</translation>
    </message>
    <message>
        <source>The needs raised by the completed assessments of the case.</source>
        <translation>Потребности, выявленные завершёнными оценками по делу.</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Answers the need:</source>
        <translation>&amp;Отвечает потребности:</translation>
    </message>
</context>
<context>
    <name>casedesk::PlanModel</name>
    <message>
        <source>Goal / action</source>
        <translation>Цель / мероприятие</translation>
    </message>
    <message>
        <source>Need / kind</source>
        <translation>Потребность / вид</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Not under a goal</source>
        <translation>Без цели</translation>
    </message>
    <message>
        <source>no actions yet</source>
        <translation>мероприятий пока нет</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <extracomment>a goal&apos;s progress: &quot;1 of 3 done&quot;</extracomment>
        <translation>выполнено %1 из %2</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <extracomment>due date of an action that is late</extracomment>
        <translation>%1 — просрочено</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>status of an action: &quot;done on 12.03.2026&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>where a need comes from: assessment title and its date</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>casedesk::PlanReviewDialog</name>
    <message>
        <source>Review plan</source>
        <translation>Пересмотр плана</translation>
    </message>
    <message>
        <source>The goals and actions as they are now are kept with the review. Change them after recording it.</source>
        <translation>Цели и мероприятия в их нынешнем виде сохраняются вместе с пересмотром. Изменяйте их после того, как пересмотр будет записан.</translation>
    </message>
    <message>
        <source>What was reviewed and agreed</source>
        <translation>Что пересмотрено и о чём договорились</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Записать пересмотр</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>casedesk::PlanReviewsPanel</name>
    <message>
        <source>Choose a review to see the plan as it was before it.</source>
        <translation>Выберите пересмотр, чтобы увидеть план таким, каким он был до него.</translation>
    </message>
    <message>
        <source>Plan before the review:</source>
        <translation>План до пересмотра:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a review in the list: its date and who recorded it</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The plan has not been reviewed yet.</source>
        <translation>План ещё не пересматривался.</translation>
    </message>
    <message>
        <source>Review of %1, no note.</source>
        <translation>Пересмотр от %1, без примечания.</translation>
    </message>
    <message>
        <source>Review of %1: %2</source>
        <translation>Пересмотр от %1: %2</translation>
    </message>
    <message>
        <source>(the plan had no goals or actions)</source>
        <translation>(в плане не было целей и мероприятий)</translation>
    </message>
</context>
<context>
    <name>casedesk::PlansTab</name>
    <message>
        <source>No plan has been drafted for this case yet. Use &quot;New plan…&quot; to draft an individual action plan or a social contract.</source>
        <translation>Для этого дела ещё не составлен план. Нажмите «Новый план…», чтобы составить индивидуальный план действий или социальный контракт.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Пересмотры</translation>
    </message>
    <message>
        <source>New p&amp;lan…</source>
        <translation>Новый &amp;план…</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>П&amp;ересмотреть…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now before changing its goals and actions</source>
        <translation>Сохранить план в нынешнем виде, прежде чем менять его цели и мероприятия</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Добавить &amp;цель…</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Добавить &amp;мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Edit action…</source>
        <translation>&amp;Изменить мероприятие…</translation>
    </message>
    <message>
        <source>Change stat&amp;us…</source>
        <translation>Изменить &amp;статус…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>the period of a plan: &quot;01.03.2026 – 31.08.2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>the period of a plan without an end date</extracomment>
        <translation>с %1</translation>
    </message>
    <message>
        <source>%1, %2 — %3</source>
        <extracomment>a plan in the chooser: kind, period, status</extracomment>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <extracomment>the tab of a plan&apos;s reviews, with their number</extracomment>
        <translation>Пересмотры (%1)</translation>
    </message>
    <message>
        <source>%1 — signed off by %2 on %3</source>
        <extracomment>under the plan chooser: &quot;Active — signed off by Supervisor on 02.03.2026&quot;</extracomment>
        <translation>%1 — утверждено %3 (%2)</translation>
    </message>
    <message>
        <source>Overdue actions: %1</source>
        <extracomment>after the plan&apos;s status: the number of actions past their due date</extracomment>
        <translation>Просроченных мероприятий: %1</translation>
    </message>
    <message>
        <source>Only a draft plan is signed off.</source>
        <translation>Утвердить можно только черновик плана.</translation>
    </message>
    <message>
        <source>A plan is signed off once it has actions.</source>
        <translation>План можно утвердить, когда в нём есть мероприятия.</translation>
    </message>
    <message>
        <source>Approve the plan; it becomes active</source>
        <translation>Утвердить план; он станет действующим</translation>
    </message>
    <message>
        <source>Sign off plan</source>
        <translation>Утверждение плана</translation>
    </message>
    <message>
        <source>Sign off this plan? It becomes active, and later changes are made after a review.</source>
        <translation>Утвердить этот план? Он станет действующим, а дальнейшие изменения вносятся после пересмотра.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Пе&amp;чать</translation>
    </message>
    <message>
        <source>The plan on paper, with signature lines for the client and the worker</source>
        <translation>План на бумаге, со строками для подписей клиента и специалиста</translation>
    </message>
</context>
<context>
    <name>casedesk::RecordStore</name>
    <message>
        <source>The file %1 has no site identity; it was not created by &apos;casedesk-cli init&apos; or is damaged.</source>
        <translation>В файле %1 не указано, какому офису он принадлежит: он создан не командой «casedesk-cli init» или повреждён.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Изменение не сохранено.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Файл открыт только для чтения.</translation>
    </message>
    <message>
        <source>The change could not be recorded (sequence %1 already used).</source>
        <translation>Не удалось записать изменение (порядковый номер %1 уже занят).</translation>
    </message>
    <message>
        <source>Unknown kind of record: %1</source>
        <translation>Неизвестный тип записи: %1</translation>
    </message>
    <message>
        <source>The record %1 already exists.</source>
        <translation>Запись %1 уже существует.</translation>
    </message>
    <message>
        <source>A %1 record must belong to a case.</source>
        <translation>Запись типа %1 должна относиться к делу.</translation>
    </message>
    <message>
        <source>The field %1 does not fit a %2 record.</source>
        <translation>Поле %1 не подходит для записи типа %2.</translation>
    </message>
    <message>
        <source>The record %1 does not exist.</source>
        <translation>Записи %1 не существует.</translation>
    </message>
    <message>
        <source>The record was deleted; restore it before changing it.</source>
        <translation>Запись удалена; чтобы изменить её, сначала восстановите её.</translation>
    </message>
    <message>
        <source>Unknown field group %1.</source>
        <translation>Неизвестная группа полей %1.</translation>
    </message>
    <message>
        <source>The file holds changes of an unknown kind (%1).</source>
        <translation>В файле есть изменения неизвестного типа (%1).</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Целостность SQLite: %1</translation>
    </message>
    <message>
        <source>%1 %2 has no versions.</source>
        <translation>У записи %1 %2 нет версий.</translation>
    </message>
    <message>
        <source>%1 %2 differs from its versions.</source>
        <translation>Запись %1 %2 не совпадает со своими версиями.</translation>
    </message>
    <message>
        <source>%1: %2 rows have versions but %3 are materialised.</source>
        <translation>%1: строк с версиями — %2, а в текущих данных — %3.</translation>
    </message>
    <message>
        <source>… and %1 more rows that differ from their versions.</source>
        <translation>… и ещё строк, не совпадающих со своими версиями: %1.</translation>
    </message>
    <message>
        <source>Dangling references (%1): %2</source>
        <translation>Ссылки на несуществующие записи (%1): %2</translation>
    </message>
    <message>
        <source>Own changes are missing: %1 of %2 sequence numbers present.</source>
        <translation>Пропали собственные изменения офиса: в наличии %1 из %2 порядковых номеров.</translation>
    </message>
    <message>
        <source>A received change is not one CaseDesk knows (%1).</source>
        <translation>Полученное изменение неизвестно CaseDesk (%1).</translation>
    </message>
    <message>
        <source>A received change names an unknown field group %1.</source>
        <translation>Полученное изменение ссылается на неизвестную группу полей %1.</translation>
    </message>
</context>
<context>
    <name>casedesk::ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>an agency in the referral dialog: its name — its kind</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>What the client needs from the agency</source>
        <translation>Что нужно клиенту от организации</translation>
    </message>
    <message>
        <source>Copies and letters sent along, if any</source>
        <translation>Прилагаемые копии и письма, если есть</translation>
    </message>
    <message>
        <source>The day by which the client must present themselves at the agency</source>
        <translation>День, до которого клиент должен явиться в организацию</translation>
    </message>
    <message>
        <source>Why the client must be referred beyond the consent</source>
        <translation>Почему клиента нужно направить, хотя его согласие этого не охватывает</translation>
    </message>
    <message>
        <source>&amp;Send referral</source>
        <translation>Выдать &amp;направление</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>D&amp;ocuments sent:</source>
        <translation>Приложенные &amp;документы:</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Дата &amp;выдачи:</translation>
    </message>
    <message>
        <source>&amp;Present by:</source>
        <translation>&amp;Явиться до:</translation>
    </message>
    <message>
        <source>No agency is known here yet. The central desk keeps the list of partner agencies; it arrives with the next package.</source>
        <translation>Здесь пока нет ни одной организации. Список организаций-партнёров ведёт центральный офис; он поступит со следующим пакетом.</translation>
    </message>
    <message>
        <source>The client&apos;s consent does not name %1. A supervisor may refer the client anyway: give the reason, it is recorded with the case.</source>
        <translation>В согласии клиента не названа организация %1. Супервизор может всё же направить клиента: укажите причину, она будет записана в деле.</translation>
    </message>
</context>
<context>
    <name>casedesk::ReferralListModel</name>
    <message>
        <source>Agency</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Present by</source>
        <extracomment>the day by which the client must present themselves at the agency</extracomment>
        <translation>Явиться до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Ответ организации</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>referral status and the day it was reached, e.g. &quot;completed, 12.05.2026&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — past deadline</source>
        <extracomment>a referral&apos;s deadline that has passed without the client presenting</extracomment>
        <translation>%1 — срок истёк</translation>
    </message>
    <message>
        <source>waiting for feedback</source>
        <translation>ожидается ответ</translation>
    </message>
    <message>
        <source>The client was to present themselves at %1 by %2, and the agency has not reported that they attended.</source>
        <translation>Клиент должен был явиться в %1 до %2, но организация не сообщила о его явке.</translation>
    </message>
    <message>
        <source>The client attended on %1; the agency has not reported back yet.</source>
        <translation>Клиент явился %1; организация ещё не прислала ответ.</translation>
    </message>
</context>
<context>
    <name>casedesk::ReferralStatusDialog</name>
    <message>
        <source>Referral status</source>
        <translation>Статус направления</translation>
    </message>
    <message>
        <source>Referral to %1, sent on %2. Now: %3.</source>
        <extracomment>heading of the status dialog: agency, the day sent, the status now</extracomment>
        <translation>Направление в %1, выдано %2. Сейчас: %3.</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>A referral that is %1 is not followed any further.</source>
        <translation>Направление в состоянии «%1» дальше не отслеживается.</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Ответ организации:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>What the agency reported: the service given, the outcome, any onward referral</source>
        <translation>Что сообщила организация: оказанная услуга, результат, дальнейшее направление</translation>
    </message>
    <message>
        <source>Why the referral ends here</source>
        <translation>Почему направление на этом завершается</translation>
    </message>
</context>
<context>
    <name>casedesk::ReferralsTab</name>
    <message>
        <source>The client has not been referred to another agency yet. Use &quot;New referral…&quot; to send a referral.</source>
        <translation>Клиент ещё не направлялся в другие организации. Нажмите «Новое направление…», чтобы выдать направление.</translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation>&amp;Новое направление…</translation>
    </message>
    <message>
        <source>&amp;Update status…</source>
        <translation>&amp;Обновить статус…</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Выбранное направление</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Documents sent:</source>
        <translation>Приложенные документы:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Ответ организации:</translation>
    </message>
    <message>
        <source>Choose a referral in the list to read it in full.</source>
        <translation>Выберите направление в списке, чтобы просмотреть его полностью.</translation>
    </message>
    <message>
        <source>%1 — sent on %2, to present by %3</source>
        <extracomment>referral details: agency name, the day it was sent and the day to present by</extracomment>
        <translation>%1 — выдано %2, явиться до %3</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>no documents were sent along with a referral</extracomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>referral status and why it ended there</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — past the deadline</source>
        <translation>%1 — срок истёк</translation>
    </message>
    <message>
        <source>Waiting for the agency to report back.</source>
        <translation>Ожидается ответ организации.</translation>
    </message>
    <message>
        <source>none yet</source>
        <extracomment>a referral the agency has not reported on</extracomment>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>&amp;Print letter</source>
        <translation>&amp;Печать письма</translation>
    </message>
    <message>
        <source>The referral letter the client takes to the agency, with a part for the agency&apos;s feedback</source>
        <translation>Письмо-направление, которое клиент несёт в организацию, с отрывной частью для её ответа</translation>
    </message>
</context>
<context>
    <name>casedesk::RevokePeerDialog</name>
    <message>
        <source>Revoke %1</source>
        <translation>Отзыв партнёра %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoke &lt;b&gt;%1&lt;/b&gt; when its computer was lost or stolen, or its key is no longer trusted.&lt;/p&gt;&lt;p&gt;Every package from %1 imported from now on is refused, and nothing more is exported to it. This cannot be undone: %1 will need a new site file and a new identity.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Отзовите &lt;b&gt;%1&lt;/b&gt;, если его компьютер потерян или украден либо его ключу больше нельзя доверять.&lt;/p&gt;&lt;p&gt;Все пакеты от %1, импортируемые с этого момента, будут отклоняться, и ему больше ничего не будет экспортироваться. Это действие нельзя отменить: для %1 понадобятся новый файл офиса и новое удостоверение.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>for example: laptop stolen on the way to the office</source>
        <translation>например: ноутбук украден по дороге в офис</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>casedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>A new language applies the next time CaseDesk starts.</source>
        <translation>Новый язык вступит в силу при следующем запуске CaseDesk.</translation>
    </message>
    <message>
        <source>No automatic backup</source>
        <translation>Без автоматического резервного копирования</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Once a day CaseDesk copies the site file into this folder and deletes the oldest copies beyond the number kept. Choose a folder on another disk or a stick if you can.</source>
        <translation>Раз в день CaseDesk копирует файл офиса в эту папку и удаляет самые старые копии сверх заданного числа. По возможности выберите папку на другом диске или на флешке.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Automatic &amp;backup folder:</source>
        <translation>Папка для &amp;резервных копий:</translation>
    </message>
    <message>
        <source>Automatic backup folder</source>
        <translation>Папка для автоматических резервных копий</translation>
    </message>
    <message>
        <source>Backups &amp;kept:</source>
        <translation>&amp;Число хранимых копий:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>After this many minutes without typing or using the mouse the screen locks; the same password unlocks it. Ctrl+L locks at once.</source>
        <translation>Если столько минут не пользоваться клавиатурой и мышью, экран блокируется; разблокировать его можно тем же паролем. Ctrl+L блокирует экран сразу.</translation>
    </message>
    <message>
        <source>This site file has no user accounts, so there is no password to unlock with and the screen does not lock. Create the office administrator (Account menu) to have it lock.</source>
        <translation>В этом файле офиса нет учётных записей, поэтому нет пароля для разблокировки и экран не блокируется. Чтобы экран блокировался, создайте администратора офиса (меню «Учётная запись»).</translation>
    </message>
    <message>
        <source>Lock the screen &amp;after:</source>
        <translation>&amp;Блокировать экран через:</translation>
    </message>
</context>
<context>
    <name>casedesk::SignInDialog</name>
    <message>
        <source>Sign in — %1</source>
        <translation>Вход — %1</translation>
    </message>
    <message>
        <source>Sign in with your own login and password. Everything you do is recorded under your name.</source>
        <translation>Войдите под своим логином и паролем. Все ваши действия записываются под вашим именем.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>casedesk::SiteChoiceDialog</name>
    <message>
        <source>Transfer the case</source>
        <translation>Передача дела</translation>
    </message>
    <message>
        <source>Share the case</source>
        <translation>Предоставление доступа к делу</translation>
    </message>
    <message>
        <source>The chosen site takes over the case. It stays here read-only.</source>
        <translation>Выбранный офис принимает дело на себя. Здесь оно остаётся доступным только для чтения.</translation>
    </message>
    <message>
        <source>The chosen site receives the case and can work on it beside this one.</source>
        <translation>Выбранный офис получает дело и может вести его вместе с этим офисом.</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <extracomment>a site in the share list that already has the case</extracomment>
        <translation>%1 (доступ предоставлен)</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Передать</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>Предоставить &amp;доступ</translation>
    </message>
    <message>
        <source>S&amp;top sharing</source>
        <translation>&amp;Закрыть доступ</translation>
    </message>
    <message>
        <source>No other site is known here yet. Sites become known with the first package from the central desk.</source>
        <translation>Других офисов здесь пока нет. Сведения о них придут с первым пакетом из центрального офиса.</translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation>Выберите офис.</translation>
    </message>
    <message>
        <source>Why the case must be shared beyond the consent</source>
        <translation>Причина исключения: почему доступ нужен сверх согласия клиента</translation>
    </message>
    <message>
        <source>The client&apos;s consent does not name %1. A supervisor may share the case anyway: give the reason, it is recorded with the case.</source>
        <translation>Офис %1 не указан в согласии клиента. Супервизор может всё же предоставить доступ к делу в виде исключения: укажите причину, она будет записана в деле.</translation>
    </message>
</context>
<context>
    <name>casedesk::SupervisorModel</name>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Просроченные мероприятия</translation>
    </message>
    <message>
        <source>Without contact</source>
        <translation>Без контакта</translation>
    </message>
    <message>
        <source>Plans to sign off</source>
        <translation>Планы на утверждение</translation>
    </message>
    <message>
        <source>Closures to sign off</source>
        <translation>Закрытия на утверждение</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Plan actions past their due date, not yet done or cancelled</source>
        <translation>Мероприятия планов, срок которых прошёл, но которые ещё не выполнены и не отменены</translation>
    </message>
    <message numerus="yes">
        <source>Open cases with no interaction in the last %n day(s)</source>
        <translation>
            <numerusform>Открытые дела без взаимодействий за последний %n день</numerusform>
            <numerusform>Открытые дела без взаимодействий за последние %n дня</numerusform>
            <numerusform>Открытые дела без взаимодействий за последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft plans with actions, waiting for a supervisor&apos;s sign-off</source>
        <translation>Черновики планов с мероприятиями, ожидающие утверждения супервизором</translation>
    </message>
    <message>
        <source>Closures a case worker asked for, waiting for a supervisor&apos;s sign-off</source>
        <translation>Закрытия дел по запросу специалиста, ожидающие утверждения супервизором</translation>
    </message>
    <message>
        <source>Cases with versions from two sites that disagree</source>
        <translation>Дела, версии которых из двух офисов расходятся</translation>
    </message>
    <message>
        <source>Unknown office</source>
        <translation>Неизвестный офис</translation>
    </message>
    <message>
        <source>No worker assigned</source>
        <translation>Специалист не назначен</translation>
    </message>
</context>
<context>
    <name>casedesk::SupervisorPage</name>
    <message>
        <source>There are no open cases in the offices you supervise.</source>
        <translation>В офисах, которые вы курируете, нет открытых дел.</translation>
    </message>
    <message>
        <source>Choose a worker above to see what needs attention in their cases.</source>
        <translation>Выберите специалиста выше, чтобы увидеть, что в его делах требует внимания.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>the title above one worker&apos;s items on the supervisor&apos;s page</extracomment>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>Sign off &amp;plan</source>
        <translation>Утвердить &amp;план</translation>
    </message>
    <message>
        <source>Sign off c&amp;losure</source>
        <translation>Утвердить &amp;закрытие</translation>
    </message>
    <message>
        <source>Caseloads — %1</source>
        <extracomment>the title of the supervisor&apos;s page with today&apos;s date</extracomment>
        <translation>Нагрузка — %1</translation>
    </message>
    <message>
        <source>An open case with no interaction for this many days counts as without contact</source>
        <translation>Открытое дело без взаимодействий в течение этого числа дней считается делом без контакта</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>after the number in &quot;No contact for [30] days&quot;</extracomment>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
    <message>
        <source>No &amp;contact for:</source>
        <translation>Без &amp;контакта:</translation>
    </message>
    <message>
        <source>Needs attention in the cases of %1</source>
        <translation>Что требует внимания в делах специалиста %1</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Sign off plan</source>
        <translation>Утверждение плана</translation>
    </message>
    <message>
        <source>Sign off the plan of case %1? It becomes active, and later changes are made after a review.</source>
        <translation>Утвердить план по делу %1? Он станет действующим, а дальнейшие изменения вносятся после пересмотра.</translation>
    </message>
    <message>
        <source>Sign off closure</source>
        <translation>Утверждение закрытия дела</translation>
    </message>
    <message>
        <source>Sign off the closure of case %1? The case is closed; only reopening changes it afterwards.</source>
        <translation>Утвердить закрытие дела %1? Дело будет закрыто; после этого изменить его можно будет только возобновив.</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncPage</name>
    <message>
        <source>This site</source>
        <translation>Этот офис</translation>
    </message>
    <message>
        <source>Export this site&apos;s &amp;identity…</source>
        <translation>Экспортировать &amp;удостоверение офиса…</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Офис:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток ключа:</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Партнёры по обмену</translation>
    </message>
    <message>
        <source>No office is a peer yet. Add each office from its identity file.</source>
        <translation>Партнёров по обмену пока нет. Добавьте каждый офис из его файла удостоверения.</translation>
    </message>
    <message>
        <source>The central desk is not a peer yet. Add it from its identity file.</source>
        <translation>Центральный офис ещё не добавлен как партнёр. Добавьте его из файла удостоверения.</translation>
    </message>
    <message>
        <source>&amp;Add peer from identity file…</source>
        <translation>&amp;Добавить партнёра из файла удостоверения…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>I&amp;mport package…</source>
        <translation>&amp;Импорт пакета…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Импорт &amp;папки…</translation>
    </message>
    <message>
        <source>Packages in and out</source>
        <translation>Полученные и отправленные пакеты</translation>
    </message>
    <message>
        <source>No package has been exported or imported yet.</source>
        <translation>Пакеты ещё не экспортировались и не импортировались.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Export for %1…</source>
        <translation>&amp;Экспорт для партнёра «%1»…</translation>
    </message>
    <message>
        <source>&amp;Export for…</source>
        <translation>&amp;Экспорт для…</translation>
    </message>
    <message>
        <source>Choose a peer in the table first.</source>
        <translation>Сначала выберите партнёра в таблице.</translation>
    </message>
    <message>
        <source>Export this site&apos;s identity</source>
        <translation>Экспорт удостоверения офиса</translation>
    </message>
    <message>
        <source>CaseDesk identity files (*.%1)</source>
        <translation>Файлы удостоверения CaseDesk (*.%1)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The identity of %1 was written to %2.

Carry it to the other site. When they add it, read them this fingerprint by phone:

%3</source>
        <translation>Удостоверение %1 записано в файл %2.

Передайте его в другой офис. Когда там будут его добавлять, продиктуйте им по телефону этот отпечаток ключа:

%3</translation>
    </message>
    <message>
        <source>Add peer</source>
        <translation>Добавление партнёра</translation>
    </message>
    <message>
        <source>Identity file of the peer</source>
        <translation>Файл удостоверения партнёра</translation>
    </message>
    <message>
        <source>CaseDesk identity files (*.%1);;All files (*)</source>
        <translation>Файлы удостоверения CaseDesk (*.%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is already a peer.</source>
        <translation>%1 уже является партнёром по обмену.</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Отзыв партнёра %1</translation>
    </message>
    <message>
        <source>Export for %1</source>
        <translation>Экспорт для партнёра «%1»</translation>
    </message>
    <message>
        <source>CaseDesk packages (*.%1)</source>
        <translation>Пакеты CaseDesk (*.%1)</translation>
    </message>
    <message>
        <source>%1 was written. Nothing new waits for %2; the package tells it what this site has received.</source>
        <translation>Файл %1 записан. Новых изменений для %2 нет; пакет лишь сообщит, что уже получено этим офисом.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was written for %2: %n change(s)</source>
        <translation>
            <numerusform>Файл %1 записан для %2: %n изменение</numerusform>
            <numerusform>Файл %1 записан для %2: %n изменения</numerusform>
            <numerusform>Файл %1 записан для %2: %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n case(s)</source>
        <translation>
            <numerusform> в %n деле</numerusform>
            <numerusform> в %n делах</numerusform>
            <numerusform> в %n делах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n attachment(s)</source>
        <translation>
            <numerusform>, %n вложение</numerusform>
            <numerusform>, %n вложения</numerusform>
            <numerusform>, %n вложений</numerusform>
        </translation>
    </message>
    <message>
        <source>Size: %1. Carry it to %2 and import it there.</source>
        <translation>Размер: %1. Передайте файл в %2 и импортируйте его там.</translation>
    </message>
    <message>
        <source>Not imported: the import was stopped before this package.</source>
        <translation>Не импортирован: импорт был остановлен до этого пакета.</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Импорт %1 (%2 из %3)…</translation>
    </message>
    <message>
        <source>Importing packages…</source>
        <translation>Импорт пакетов…</translation>
    </message>
    <message>
        <source>Stop after this package</source>
        <translation>Остановить после этого пакета</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Импорт пакетов</translation>
    </message>
    <message>
        <source>CaseDesk packages (*.%1);;All files (*)</source>
        <translation>Пакеты CaseDesk (*.%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import every package in a folder</source>
        <translation>Импорт всех пакетов из папки</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <source>There is no package (*.%1) in %2.</source>
        <translation>В папке %2 нет пакетов (*.%1).</translation>
    </message>
</context>
<context>
    <name>casedesk::UserDialog</name>
    <message>
        <source>sees and edits the office&apos;s cases</source>
        <translation>видит и изменяет дела офиса</translation>
    </message>
    <message>
        <source>also signs off plans and closures, transfers cases</source>
        <translation>также утверждает планы и закрытие дел, передаёт дела</translation>
    </message>
    <message>
        <source>manages users, keys, sync and backups</source>
        <translation>управляет пользователями, ключами, синхронизацией и резервными копиями</translation>
    </message>
    <message>
        <source>reads everything, changes nothing</source>
        <translation>видит всё, ничего не изменяет</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Роли пользователя %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Офис:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>Пов&amp;торите пароль:</translation>
    </message>
</context>
<context>
    <name>casedesk::UserTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Вход разрешён</translation>
    </message>
    <message>
        <source>unknown office</source>
        <translation>неизвестный офис</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No, disabled</source>
        <translation>Нет, отключена</translation>
    </message>
</context>
<context>
    <name>casedesk::UsersPage</name>
    <message>
        <source>Each worker signs in with their own account. Accounts travel to the central desk and every office with the next sync; a disabled account can no longer sign in anywhere.</source>
        <translation>Каждый специалист входит под своей учётной записью. Учётные записи передаются в центральный офис и во все офисы при следующей синхронизации; с отключённой учётной записью больше нельзя войти ни в одном офисе.</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Учётных записей пока нет.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Изменить &amp;роли…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Отключение учётной записи</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Включение учётной записи</translation>
    </message>
</context>
<context>
    <name>casedesk::VisitDialog</name>
    <message>
        <source>Schedule visit</source>
        <translation>Назначить посещение</translation>
    </message>
    <message>
        <source>Reschedule visit</source>
        <translation>Перенести посещение</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>What the visit is for, e.g. bring the income certificates</source>
        <translation>Цель посещения, например: принести справки о доходах</translation>
    </message>
    <message>
        <source>does not repeat</source>
        <extracomment>the repeat of a re-registration set to 0</extracomment>
        <translation>не повторяется</translation>
    </message>
    <message>
        <source>When it is marked held, the next re-registration is scheduled this many months after the day it was due</source>
        <translation>Когда посещение будет отмечено как состоявшееся, следующая перерегистрация назначается через указанное число месяцев после дня, на который она была назначена</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Repeats every:</source>
        <translation>Повто&amp;рять через:</translation>
    </message>
    <message>
        <source>%1 set for %2</source>
        <extracomment>heading of the reschedule dialog: the kind of visit and the day it was set for</extracomment>
        <translation>%1, назначено на %2</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <extracomment>after the number of months a re-registration repeats</extracomment>
        <translation>
            <numerusform> месяц</numerusform>
            <numerusform> месяца</numerusform>
            <numerusform> месяцев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a visit&apos;s status and the day it was reached: &quot;Held, 12.05.2026&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>раз в %n месяц</numerusform>
            <numerusform>раз в %n месяца</numerusform>
            <numerusform>раз в %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled — not marked held or missed</source>
        <extracomment>a scheduled visit whose day has passed</extracomment>
        <translation>Назначено — не отмечено как состоявшееся или пропущенное</translation>
    </message>
    <message>
        <source>The day of this visit has passed: mark it held or missed.</source>
        <translation>День этого посещения прошёл: отметьте, состоялось оно или было пропущено.</translation>
    </message>
</context>
<context>
    <name>casedesk::VisitOutcomeDialog</name>
    <message>
        <source>Mark visit held</source>
        <translation>Отметить посещение как состоявшееся</translation>
    </message>
    <message>
        <source>Took place &amp;on:</source>
        <translation>&amp;Дата проведения:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>What was discussed and agreed</source>
        <translation>Что обсудили и о чём договорились</translation>
    </message>
    <message numerus="yes">
        <source>An interaction is recorded in the case, and the next re-registration is scheduled %n month(s) after this one.</source>
        <translation>
            <numerusform>В деле записывается взаимодействие, а следующая перерегистрация назначается через %n месяц после этой.</numerusform>
            <numerusform>В деле записывается взаимодействие, а следующая перерегистрация назначается через %n месяца после этой.</numerusform>
            <numerusform>В деле записывается взаимодействие, а следующая перерегистрация назначается через %n месяцев после этой.</numerusform>
        </translation>
    </message>
    <message>
        <source>An interaction is recorded in the case.</source>
        <translation>В деле записывается взаимодействие.</translation>
    </message>
    <message>
        <source>Mark &amp;held</source>
        <translation>&amp;Состоялось</translation>
    </message>
    <message>
        <source>Mark visit missed</source>
        <translation>Отметить посещение как пропущенное</translation>
    </message>
    <message>
        <source>Optional: what is known, e.g. the client did not answer</source>
        <translation>Необязательно: что известно, например клиент не ответил</translation>
    </message>
    <message>
        <source>The visit stays in the list as missed.</source>
        <translation>Посещение останется в списке как пропущенное.</translation>
    </message>
    <message>
        <source>Mark &amp;missed</source>
        <translation>П&amp;ропущено</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Отмена посещения</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Why the visit is cancelled (required)</source>
        <translation>Почему посещение отменяется (обязательно)</translation>
    </message>
    <message>
        <source>Schedule a new visit if one is still needed.</source>
        <translation>Если посещение всё ещё нужно, назначьте новое.</translation>
    </message>
    <message>
        <source>Cancel &amp;visit</source>
        <translation>&amp;Отменить посещение</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Не отменять</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>a visit&apos;s day and time: &quot;12.05.2026 at 10:30&quot;</extracomment>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>heading of a visit dialog: kind, day; the purpose on the next line when there is one</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>casedesk::VisitsTab</name>
    <message>
        <source>No visits are scheduled for this case. Use &quot;Schedule visit…&quot; to agree a visit or a re-registration with the client.</source>
        <translation>Для этого дела не назначено посещений. Нажмите «Назначить посещение…», чтобы согласовать с клиентом посещение или перерегистрацию.</translation>
    </message>
    <message>
        <source>&amp;Schedule visit…</source>
        <translation>&amp;Назначить посещение…</translation>
    </message>
    <message>
        <source>Mark &amp;held…</source>
        <translation>Отметить как &amp;состоявшееся…</translation>
    </message>
    <message>
        <source>Mark &amp;missed…</source>
        <translation>Отметить как &amp;пропущенное…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>П&amp;еренести…</translation>
    </message>
    <message>
        <source>&amp;Cancel visit…</source>
        <translation>&amp;Отменить посещение…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Integrated case management.</source>
        <translation>Комплексное ведение дел.</translation>
    </message>
    <message>
        <source>The site file to open.</source>
        <translation>Файл офиса, который нужно открыть.</translation>
    </message>
</context>
</TS>
