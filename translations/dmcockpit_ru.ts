<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>dmc::ActionStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 was changed by another writer; nothing was saved</source>
        <translation>%1: за это время изменено другим пользователем; ничего не сохранено</translation>
    </message>
    <message>
        <source>%1 was changed by %2 meanwhile; nothing was saved</source>
        <translation>%1: за это время изменено пользователем %2; ничего не сохранено</translation>
    </message>
    <message>
        <source>cannot read the DM actions</source>
        <translation>не удаётся прочитать действия руководителя</translation>
    </message>
    <message>
        <source>a DM action needs a deal</source>
        <translation>у действия руководителя должна быть сделка</translation>
    </message>
    <message>
        <source>a snooze needs an end date</source>
        <translation>для откладывания нужна дата окончания</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>не удаётся начать транзакцию</translation>
    </message>
    <message>
        <source>cannot save the DM action</source>
        <translation>не удаётся сохранить действие руководителя</translation>
    </message>
    <message>
        <source>cannot log the DM action</source>
        <translation>не удаётся записать действие руководителя в историю</translation>
    </message>
    <message>
        <source>cannot read the DM action history</source>
        <translation>не удаётся прочитать историю действий руководителя</translation>
    </message>
    <message>
        <source>cannot read the snoozes</source>
        <translation>не удаётся прочитать отложенные срабатывания</translation>
    </message>
    <message>
        <source>cannot read the follow-ups</source>
        <translation>не удаётся прочитать поручения</translation>
    </message>
    <message>
        <source>a follow-up needs a rep and a text</source>
        <translation>у поручения должны быть менеджер и текст</translation>
    </message>
    <message>
        <source>cannot save the follow-up</source>
        <translation>не удаётся сохранить поручение</translation>
    </message>
    <message>
        <source>cannot log the follow-up</source>
        <translation>не удаётся записать поручение в историю</translation>
    </message>
    <message>
        <source>The follow-up &quot;%1&quot;</source>
        <translation>Поручение «%1»</translation>
    </message>
    <message>
        <source>cannot read the belief ratings</source>
        <translation>не удаётся прочитать оценки убеждений</translation>
    </message>
    <message>
        <source>a belief needs a deal and a position from 1</source>
        <translation>у убеждения должны быть сделка и номер от 1</translation>
    </message>
    <message>
        <source>Belief %1 of %2</source>
        <translation>Убеждение %1 по сделке %2</translation>
    </message>
    <message>
        <source>cannot save the belief rating</source>
        <translation>не удаётся сохранить оценку убеждения</translation>
    </message>
    <message>
        <source>cannot log the belief rating</source>
        <translation>не удаётся записать оценку убеждения в историю</translation>
    </message>
    <message>
        <source>cannot read the coaching notes</source>
        <translation>не удаётся прочитать заметки к встречам 1:1</translation>
    </message>
    <message>
        <source>a coaching note needs a rep and a week</source>
        <translation>у заметки к встрече 1:1 должны быть менеджер и неделя</translation>
    </message>
    <message>
        <source>The coaching note for %1, week of %2</source>
        <translation>Заметка к встрече 1:1 с %1, неделя с %2</translation>
    </message>
    <message>
        <source>cannot save the coaching note</source>
        <translation>не удаётся сохранить заметку к встрече 1:1</translation>
    </message>
    <message>
        <source>cannot log the coaching note</source>
        <translation>не удаётся записать заметку к встрече 1:1 в историю</translation>
    </message>
</context>
<context>
    <name>dmc::ActionsFile</name>
    <message>
        <source>cannot create the file of the DM&apos;s notes (%1)</source>
        <translation>не удаётся создать файл заметок руководителя (%1)</translation>
    </message>
    <message>
        <source>cannot open the file of the DM&apos;s notes</source>
        <translation>не удаётся открыть файл заметок руководителя</translation>
    </message>
    <message>
        <source>the file of the DM&apos;s notes is not a database (%1)</source>
        <translation>файл заметок руководителя не является базой данных (%1)</translation>
    </message>
    <message>
        <source>cannot create the tables of the DM&apos;s notes</source>
        <translation>не удаётся создать таблицы заметок руководителя</translation>
    </message>
    <message>
        <source>cannot move the DM&apos;s notes into their own file</source>
        <translation>не удаётся перенести заметки руководителя в отдельный файл</translation>
    </message>
    <message>
        <source>cannot create the backup (%1)</source>
        <translation>не удаётся создать резервную копию (%1)</translation>
    </message>
    <message>
        <source>cannot back up the DM&apos;s notes before upgrading the database</source>
        <translation>не удаётся сохранить резервную копию заметок руководителя перед обновлением базы данных</translation>
    </message>
    <message>
        <source>cannot keep the DM&apos;s newer notes</source>
        <translation>не удаётся сохранить более новые заметки руководителя</translation>
    </message>
</context>
<context>
    <name>dmc::AgendaPatterns</name>
    <message>
        <source>Patterns</source>
        <translation>Закономерности</translation>
    </message>
    <message numerus="yes">
        <source>No patterns beside the %n dismissed.</source>
        <translation>
            <numerusform>Других закономерностей, кроме %n скрытой, нет.</numerusform>
            <numerusform>Других закономерностей, кроме %n скрытых, нет.</numerusform>
            <numerusform>Других закономерностей, кроме %n скрытых, нет.</numerusform>
        </translation>
    </message>
    <message>
        <source>No patterns.</source>
        <translation>Закономерностей нет.</translation>
    </message>
    <message>
        <source>%1, new: %2</source>
        <translation>%1 (новое наблюдение): %2</translation>
    </message>
    <message>
        <source>%1, back (numbers changed): %2</source>
        <translation>%1 (снова в списке, значения изменились): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the Insights view (dmcockpit insights lists them all).</source>
        <translation>
            <numerusform>Ещё %n — в представлении «Наблюдения» (команда dmcockpit insights выводит все).</numerusform>
            <numerusform>Ещё %n — в представлении «Наблюдения» (команда dmcockpit insights выводит все).</numerusform>
            <numerusform>Ещё %n — в представлении «Наблюдения» (команда dmcockpit insights выводит все).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed, left out.</source>
        <translation>
            <numerusform>%n скрытая закономерность не включена.</numerusform>
            <numerusform>%n скрытые закономерности не включены.</numerusform>
            <numerusform>%n скрытых закономерностей не включено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::AgendaReport</name>
    <message>
        <source>covered</source>
        <translation>покрыто</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best Case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Coverage (target %1)</source>
        <translation>Покрытие (цель %1)</translation>
    </message>
    <message>
        <source>Required weekly run rate</source>
        <translation>Требуемый темп в неделю</translation>
    </message>
    <message>
        <source>Closed won at %1</source>
        <translation>Выиграна на сумму %1</translation>
    </message>
    <message>
        <source>No longer in the CRM export</source>
        <translation>Больше нет в выгрузке CRM</translation>
    </message>
    <message>
        <source>Closed lost or omitted (was %1)</source>
        <translation>Проиграна или исключена (была в %1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Close date %1</source>
        <translation>Дата закрытия %1</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation>Сменился владелец</translation>
    </message>
    <message>
        <source>Amount %1</source>
        <translation>Сумма %1</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Категория %1</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Pipeline change</source>
        <translation>Изменение воронки</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Отложено до</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
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
        <source>Overdue</source>
        <translation>Срок прошёл</translation>
    </message>
    <message>
        <source>Forecast-call agenda</source>
        <translation>Повестка созвона по прогнозу</translation>
    </message>
    <message>
        <source>%1 · %2 · week %3 of %4</source>
        <translation>%1 · %2 · неделя %3 из %4</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Сравнение с</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation>более раннего снимка нет</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Суммы</translation>
    </message>
    <message>
        <source>%1, whole units</source>
        <translation>%1, с округлением до целых</translation>
    </message>
    <message>
        <source>Numbers: %1</source>
        <translation>Показатели: %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Отклонения</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Территория %1</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Регион %1</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Изменения с %1</translation>
    </message>
    <message numerus="yes">
        <source>Open pipeline in %1: %2, %n deal(s) changed.</source>
        <translation>
            <numerusform>Открытая воронка периода %1: %2, изменилась %n сделка.</numerusform>
            <numerusform>Открытая воронка периода %1: %2, изменились %n сделки.</numerusform>
            <numerusform>Открытая воронка периода %1: %2, изменилось %n сделок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed exception(s), listed apart:</source>
        <translation>
            <numerusform>%n отложенное отклонение, отдельным списком:</numerusform>
            <numerusform>%n отложенных отклонения, отдельным списком:</numerusform>
            <numerusform>%n отложенных отклонений, отдельным списком:</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions for the call</source>
        <translation>Вопросы для созвона</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Поручения со сроком до конца недели</translation>
    </message>
    <message>
        <source>Generated by DM Cockpit on %1 from the CRM snapshot of %2.</source>
        <translation>Сформировано DM Cockpit %1 по снимку CRM от %2.</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not available for this data</source>
        <translation>Недоступно для этих данных</translation>
    </message>
    <message numerus="yes">
        <source>%n risk filter(s) read fields the imported data holds no value for and flag no deal:</source>
        <translation>
            <numerusform>%n фильтр риска читает поля, для которых в импортированных данных нет значений, и не отмечает ни одной сделки:</numerusform>
            <numerusform>%n фильтра риска читают поля, для которых в импортированных данных нет значений, и не отмечают ни одной сделки:</numerusform>
            <numerusform>%n фильтров риска читают поля, для которых в импортированных данных нет значений, и не отмечают ни одной сделки:</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly run rate</source>
        <translation>Темп в неделю</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Отложено до %1</translation>
    </message>
    <message>
        <source>Snooze ended %1</source>
        <translation>Было отложено до %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>No deal changed since %1</source>
        <translation>С %1 сделки не менялись</translation>
    </message>
    <message numerus="yes">
        <source>No patterns beside the %n dismissed</source>
        <translation>
            <numerusform>Других закономерностей, кроме %n скрытой, нет</numerusform>
            <numerusform>Других закономерностей, кроме %n скрытых, нет</numerusform>
            <numerusform>Других закономерностей, кроме %n скрытых, нет</numerusform>
        </translation>
    </message>
    <message>
        <source>No patterns</source>
        <translation>Закономерностей нет</translation>
    </message>
    <message>
        <source>No open exceptions</source>
        <translation>Открытых отклонений нет</translation>
    </message>
    <message>
        <source>No questions from the question bank</source>
        <translation>Подходящих вопросов нет</translation>
    </message>
    <message>
        <source>No follow-ups due</source>
        <translation>Поручений со сроком до конца недели нет</translation>
    </message>
    <message>
        <source>Plays and compliance</source>
        <translation>Сценарии продаж и соответствие</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>нет плана</translation>
    </message>
</context>
<context>
    <name>dmc::AssumptionSetStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot read the assumption sets</source>
        <translation>не удалось прочитать наборы допущений</translation>
    </message>
    <message>
        <source>an assumption set needs a name</source>
        <translation>у набора допущений должно быть название</translation>
    </message>
    <message>
        <source>the attainment factor lies between 1% and 200%</source>
        <translation>коэффициент выполнения лежит в пределах от 1% до 200%</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>не удалось начать транзакцию</translation>
    </message>
    <message>
        <source>an assumption set named &quot;%1&quot; exists already</source>
        <translation>набор допущений «%1» уже существует</translation>
    </message>
    <message>
        <source>The assumption set &quot;%1&quot; was removed meanwhile; nothing was saved</source>
        <translation>Набор допущений «%1» тем временем удалён; ничего не сохранено</translation>
    </message>
    <message>
        <source>The assumption set &quot;%1&quot; was changed by %2 meanwhile; nothing was saved</source>
        <translation>Набор допущений «%1» тем временем изменил(а) %2; ничего не сохранено</translation>
    </message>
    <message>
        <source>cannot save the assumption set</source>
        <translation>не удалось сохранить набор допущений</translation>
    </message>
    <message>
        <source>The assumption set &quot;%1&quot; was changed by another writer; nothing was saved</source>
        <translation>Набор допущений «%1» тем временем изменён другим пользователем; ничего не сохранено</translation>
    </message>
    <message>
        <source>cannot remove the assumption set</source>
        <translation>не удалось удалить набор допущений</translation>
    </message>
    <message>
        <source>cannot log the assumption set</source>
        <translation>не удалось записать набор допущений в журнал</translation>
    </message>
</context>
<context>
    <name>dmc::AttributionRules</name>
    <message>
        <source>setting &quot;%1&quot;</source>
        <translation>настройка «%1»</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>partner_sources: expected a list of lead sources</source>
        <translation>partner_sources: ожидается список источников лидов</translation>
    </message>
    <message>
        <source>registration_counts_as_sourced: expected true or false</source>
        <translation>registration_counts_as_sourced: ожидается true или false</translation>
    </message>
    <message>
        <source>minimum_n: expected a whole number from 1 to 1000</source>
        <translation>minimum_n: ожидается целое число от 1 до 1000</translation>
    </message>
</context>
<context>
    <name>dmc::AuditRevert</name>
    <message>
        <source>%1 was changed by another writer since entry %2; nothing was reverted</source>
        <translation>«%1» изменил другой автор после записи %2; ничего не возвращено</translation>
    </message>
    <message>
        <source>%1 was changed by %2 in entry %3 after entry %4; nothing was reverted</source>
        <translation>«%1» изменил(а) %2 в записи %3 после записи %4; ничего не возвращено</translation>
    </message>
    <message>
        <source>the follow-up is gone</source>
        <translation>поручения больше нет</translation>
    </message>
    <message>
        <source>the insight mark is gone</source>
        <translation>отметки наблюдения больше нет</translation>
    </message>
    <message>
        <source>an import is CRM data and is not reverted</source>
        <translation>импорт — это данные CRM, его не возвращают</translation>
    </message>
    <message>
        <source>there is no DM action entry %1 in the audit trail</source>
        <translation>в журнале изменений нет записи %1 о действии руководителя</translation>
    </message>
    <message>
        <source>%1 is no longer stored; nothing was reverted</source>
        <translation>«%1» больше не хранится; ничего не возвращено</translation>
    </message>
    <message>
        <source>the revert of entry %1 was saved but not found in the audit trail</source>
        <translation>возврат записи %1 сохранён, но не найден в журнале изменений</translation>
    </message>
</context>
<context>
    <name>dmc::AuditTrail</name>
    <message>
        <source>cannot read the audit trail</source>
        <translation>не удалось прочитать журнал изменений</translation>
    </message>
    <message>
        <source>cannot read the import log</source>
        <translation>не удалось прочитать журнал импорта</translation>
    </message>
</context>
<context>
    <name>dmc::AuditWording</name>
    <message>
        <source>Status and note</source>
        <translation>Статус и заметка</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Belief rating</source>
        <translation>Оценка убеждения</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Заметка к встрече 1:1</translation>
    </message>
    <message>
        <source>Insight mark</source>
        <translation>Отметка наблюдения</translation>
    </message>
    <message>
        <source>Assumption set</source>
        <translation>Набор допущений</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Отложено до</translation>
    </message>
    <message>
        <source>Snooze reason</source>
        <translation>Причина откладывания</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Belief</source>
        <translation>Убеждение</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Recorded numbers</source>
        <translation>Записанные значения</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Attainment factor</source>
        <translation>Коэффициент выполнения</translation>
    </message>
    <message>
        <source>Ramp curves</source>
        <translation>Кривые адаптации</translation>
    </message>
    <message>
        <source>District target</source>
        <translation>Цель территории</translation>
    </message>
    <message>
        <source>Hires and leavers</source>
        <translation>Наймы и уходы</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Rows accepted</source>
        <translation>Принято строк</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>Отклонено строк</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Встроенные</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Из базы данных</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, belief %2</source>
        <translation>%1, убеждение %2</translation>
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation>%1, неделя с %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Импорт по профилю %1</translation>
    </message>
    <message>
        <source>note on %1</source>
        <translation>заметку к «%1»</translation>
    </message>
    <message>
        <source>snooze on %1</source>
        <translation>откладывание «%1»</translation>
    </message>
    <message>
        <source>status on %1</source>
        <translation>статус «%1»</translation>
    </message>
    <message>
        <source>follow-up on %1</source>
        <translation>поручение по «%1»</translation>
    </message>
    <message>
        <source>belief rating on %1</source>
        <translation>оценку убеждения по «%1»</translation>
    </message>
    <message>
        <source>coaching note for %1</source>
        <translation>заметку к встрече 1:1 с %1</translation>
    </message>
    <message>
        <source>insight mark</source>
        <translation>отметку наблюдения</translation>
    </message>
    <message>
        <source>assumption set %1</source>
        <translation>набор допущений «%1»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No mark</source>
        <translation>Без отметки</translation>
    </message>
</context>
<context>
    <name>dmc::BriefReport</name>
    <message>
        <source>no amount</source>
        <translation>сумма не указана</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начата</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>none</source>
        <comment>POC status</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <source>active</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>POC status</comment>
        <translation>завершён</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не удался</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>нет замеров</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>%1, %2 since %3 (%4)</source>
        <translation>%1, %2 с %3 (%4)</translation>
    </message>
    <message>
        <source>Generated by DM Cockpit on %1 from the CRM snapshot of %2.</source>
        <translation>Сформировано DM Cockpit %1 по снимку CRM от %2.</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>DM status</source>
        <translation>Статус у руководителя</translation>
    </message>
    <message>
        <source>Open exceptions</source>
        <translation>Открытые отклонения</translation>
    </message>
    <message>
        <source>No open exceptions at %1.</source>
        <translation>На %1 открытых отклонений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed exception(s), listed apart:</source>
        <translation>
            <numerusform>%n отложенное отклонение, отдельно:</numerusform>
            <numerusform>%n отложенных отклонения, отдельно:</numerusform>
            <numerusform>%n отложенных отклонений, отдельно:</numerusform>
        </translation>
    </message>
    <message>
        <source>first snapshot</source>
        <translation>первый снимок</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>дата закрытия</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>Deal brief: %1</source>
        <translation>Сводка по сделке: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>%1, district %2</source>
        <translation>%1, территория %2</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>the latest import: the snapshot of %1 does not hold the deal</source>
        <translation>из последнего импорта: в снимке от %1 сделки нет</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>In stage</source>
        <translation>На этапе</translation>
    </message>
    <message>
        <source>Close date pushed</source>
        <translation>Перенос даты закрытия</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n раз</numerusform>
            <numerusform>%n раза</numerusform>
            <numerusform>%n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Проверка ИБ</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Юридическая проверка</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>History across snapshots</source>
        <translation>История по снимкам</translation>
    </message>
    <message>
        <source>No snapshot up to %1 holds the deal.</source>
        <translation>Ни один снимок до %1 не содержит сделку.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменилось</translation>
    </message>
    <message>
        <source>MEDDPICC</source>
        <translation>MEDDPICC</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>POC %1: start %2, planned end %3, last check-in %4; success criteria %5.</source>
        <translation>Пилот (POC) %1: начало %2, плановое окончание %3, последняя сверка %4; критерии успеха %5.</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>определены</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>не определены</translation>
    </message>
    <message>
        <source>Account renewal %1; ARR %2; health %3; executive sponsor %4.</source>
        <translation>Продление клиента %1; ARR %2; индекс здоровья %3; спонсор %4.</translation>
    </message>
    <message>
        <source>The DM&apos;s status and notes</source>
        <translation>Статусы и заметки руководителя</translation>
    </message>
    <message>
        <source>About</source>
        <translation>К чему</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Отложено до %1</translation>
    </message>
    <message>
        <source>The deal</source>
        <translation>Сделка в целом</translation>
    </message>
    <message>
        <source>Account brief: %1</source>
        <translation>Сводка по клиенту: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (через %n день)</numerusform>
            <numerusform>%1 (через %n дня)</numerusform>
            <numerusform>%1 (через %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>Дата продления</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Индекс здоровья</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <source>%1, not in the export after %2</source>
        <translation>%1, нет в выгрузке после %2</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>No open deal at %1.</source>
        <translation>На %1 открытых сделок нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n open deal(s), %1 in all.</source>
        <translation>
            <numerusform>%n открытая сделка, всего %1.</numerusform>
            <numerusform>%n открытые сделки, всего %1.</numerusform>
            <numerusform>%n открытых сделок, всего %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Won and lost deals</source>
        <translation>Выигранные и проигранные сделки</translation>
    </message>
    <message>
        <source>No closed deal at %1.</source>
        <translation>На %1 закрытых сделок нет.</translation>
    </message>
    <message numerus="yes">
        <source>Won %n deal(s) (%1); </source>
        <translation>
            <numerusform>Выиграна %n сделка (%1); </numerusform>
            <numerusform>Выиграно %n сделки (%1); </numerusform>
            <numerusform>Выиграно %n сделок (%1); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lost %n deal(s) (%1).</source>
        <translation>
            <numerusform>проиграна %n сделка (%1).</numerusform>
            <numerusform>проиграно %n сделки (%1).</numerusform>
            <numerusform>проиграно %n сделок (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier closed deal(s) not shown.</source>
        <translation>
            <numerusform>Ещё %n более ранняя закрытая сделка не показана.</numerusform>
            <numerusform>Ещё %n более ранние закрытые сделки не показаны.</numerusform>
            <numerusform>Ещё %n более ранних закрытых сделок не показаны.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · as of %2 · amounts in %3, whole units</source>
        <translation>%1 · на %2 · суммы в %3, с округлением до целых</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No status or note from the DM on this deal.</source>
        <translation>Статусов и заметок руководителя по сделке нет.</translation>
    </message>
</context>
<context>
    <name>dmc::CanonicalExporter</name>
    <message>
        <source>cannot create the folder</source>
        <translation>не удаётся создать папку</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>не удаётся записать файл (%1)</translation>
    </message>
</context>
<context>
    <name>dmc::CanonicalImporter</name>
    <message>
        <source>&quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>«%1» указан дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>неизвестный этап «%1»</translation>
    </message>
    <message>
        <source>unknown forecast category &quot;%1&quot;</source>
        <translation>неизвестная категория прогноза «%1»</translation>
    </message>
    <message>
        <source>rep &quot;%1&quot; is not in %2</source>
        <translation>менеджера «%1» нет в %2</translation>
    </message>
    <message>
        <source>score is empty</source>
        <translation>значение индекса не указано</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is not in accounts.csv</source>
        <translation>клиента «%1» нет в accounts.csv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not none, partial or confirmed</source>
        <translation>недопустимое значение «%1»: допустимы none, partial и confirmed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not not_started, in_progress, complete or not_required</source>
        <translation>недопустимое значение «%1»: допустимы not_started, in_progress, complete и not_required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not new, expansion or renewal</source>
        <translation>недопустимое значение «%1»: допустимы new, expansion и renewal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not none, planned, active, complete or failed</source>
        <translation>недопустимое значение «%1»: допустимы none, planned, active, complete и failed</translation>
    </message>
    <message>
        <source>no category: the file has no %1 column and the profile gives stage &quot;%2&quot; none</source>
        <translation>нет категории: в файле нет столбца %1, а профиль не задаёт её для этапа «%2»</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is not a fiscal quarter like 2026Q1</source>
        <translation>период «%1» — не финансовый квартал в виде 2026Q1</translation>
    </message>
    <message>
        <source>a planned hire needs a ramp_start (the start date)</source>
        <translation>у запланированного найма должна быть ramp_start (дата выхода)</translation>
    </message>
    <message>
        <source>end_date %1 is before ramp_start %2</source>
        <translation>end_date %1 раньше ramp_start %2</translation>
    </message>
    <message>
        <source>deal &quot;%1&quot; is not in %2</source>
        <translation>сделки «%1» нет в %2</translation>
    </message>
</context>
<context>
    <name>dmc::CanonicalJsonReader</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>не удаётся прочитать файл (%1)</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>файл — некорректный JSON</translation>
    </message>
    <message>
        <source>the file is not a JSON object of tables</source>
        <translation>файл — не объект JSON с таблицами</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array of records</source>
        <translation>«%1» — не массив записей</translation>
    </message>
    <message>
        <source>record %1 of &quot;%2&quot; is not an object</source>
        <translation>запись %1 в «%2» — не объект</translation>
    </message>
</context>
<context>
    <name>dmc::CanonicalPlayFiles</name>
    <message>
        <source>&quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>«%1» указан дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4</source>
        <translation>%1 %2 раньше, чем %3 %4</translation>
    </message>
    <message>
        <source>deal &quot;%1&quot; is not in opportunities.csv</source>
        <translation>сделки «%1» нет в opportunities.csv</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is not in the stage ladder</source>
        <translation>этапа «%1» нет в списке этапов</translation>
    </message>
    <message>
        <source>partner &quot;%1&quot; is not in partners.csv</source>
        <translation>партнёра «%1» нет в partners.csv</translation>
    </message>
    <message>
        <source>deal &quot;%1&quot; has a primary partner already (line %2)</source>
        <translation>у сделки «%1» уже есть основной партнёр (строка %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not new, expansion or renewal</source>
        <translation>недопустимое значение «%1»: допустимы new, expansion и renewal</translation>
    </message>
    <message>
        <source>max_amount is not above min_amount</source>
        <translation>max_amount не больше min_amount</translation>
    </message>
    <message>
        <source>a play with artifacts needs an artifact_stage</source>
        <translation>для сценария с документами соответствия требуется artifact_stage</translation>
    </message>
    <message>
        <source>play &quot;%1&quot; is not in plays.csv</source>
        <translation>сценария «%1» нет в plays.csv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not not_started, in_progress, done or not_required</source>
        <translation>недопустимое значение «%1»: допустимы not_started, in_progress, done и not_required</translation>
    </message>
    <message>
        <source>an artifact in progress needs a started date</source>
        <translation>для документа в работе требуется дата начала (started)</translation>
    </message>
    <message>
        <source>a done artifact needs a done date</source>
        <translation>для готового документа требуется дата готовности (done)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not AE, SE, Partner or CS</source>
        <translation>недопустимое значение «%1»: допустимы AE, SE, Partner и CS</translation>
    </message>
    <message>
        <source>step &quot;%1&quot; is not in play_steps.csv</source>
        <translation>шага «%1» нет в play_steps.csv</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; depends on itself</source>
        <translation>задача «%1» зависит сама от себя</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; is not in tasks.csv</source>
        <translation>задачи «%1» нет в tasks.csv</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; belongs to another deal</source>
        <translation>задача «%1» относится к другой сделке</translation>
    </message>
    <message>
        <source>task &quot;%1&quot; depends on itself through &quot;%2&quot;</source>
        <translation>задача «%1» зависит сама от себя через «%2»</translation>
    </message>
</context>
<context>
    <name>dmc::CapacityCsv</name>
    <message>
        <source>As imported</source>
        <translation>Как в импорте</translation>
    </message>
    <message>
        <source>Assumption set</source>
        <translation>Набор допущений</translation>
    </message>
    <message>
        <source>Attainment factor</source>
        <translation>Коэффициент выполнения</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Ramped capacity</source>
        <translation>Ёмкость с учётом адаптации</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Fully ramped equivalents</source>
        <translation>Эквивалент адаптированных менеджеров</translation>
    </message>
    <message>
        <source>Ramp loss</source>
        <translation>Потери на адаптации</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Менеджеры</translation>
    </message>
</context>
<context>
    <name>dmc::CapacityPlan</name>
    <message>
        <source>Ramped capacity of %1 is %2 at an attainment factor of %3; the period has no need (no quota and no district target).</source>
        <translation>Ёмкость с учётом адаптации за %1 — %2 при коэффициенте выполнения %3; потребности у периода нет (нет плана и нет цели территории).</translation>
    </message>
    <message>
        <source>within the ±10% band</source>
        <translation>в пределах коридора ±10%</translation>
    </message>
    <message>
        <source>outside the ±10% band</source>
        <translation>за пределами коридора ±10%</translation>
    </message>
    <message>
        <source>Ramped capacity of %1 is %2, equal to the need of %3 at an attainment factor of %4 (%5).</source>
        <translation>Ёмкость с учётом адаптации за %1 — %2, равна потребности %3 при коэффициенте выполнения %4 (%5).</translation>
    </message>
    <message>
        <source>Ramped capacity of %1 is %2, %3 under the need of %4 at an attainment factor of %5 (%6).</source>
        <translation>Ёмкость с учётом адаптации за %1 — %2, на %3 ниже потребности %4 при коэффициенте выполнения %5 (%6).</translation>
    </message>
    <message>
        <source>Ramped capacity of %1 is %2, %3 over the need of %4 at an attainment factor of %5 (%6).</source>
        <translation>Ёмкость с учётом адаптации за %1 — %2, на %3 выше потребности %4 при коэффициенте выполнения %5 (%6).</translation>
    </message>
    <message>
        <source>No full quota to divide the need by.</source>
        <translation>Нет полного плана, на который делится потребность.</translation>
    </message>
    <message>
        <source>Need %1 ÷ (mean full quota %2 × attainment factor %3) = %4 fully ramped equivalents; the period has %5.</source>
        <translation>Потребность %1 ÷ (средний полный план %2 × коэффициент выполнения %3) = %4 эквивалента адаптированных менеджеров; в периоде — %5.</translation>
    </message>
</context>
<context>
    <name>dmc::ChangeReason</name>
    <message>
        <source>Won</source>
        <translation>Выигрыш</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проигрыш</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Появление в воронке</translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation>Перенос в период</translation>
    </message>
    <message>
        <source>Pushed out</source>
        <translation>Перенос из периода</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Передача от другого менеджера</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Передача другому менеджеру</translation>
    </message>
    <message>
        <source>Increased</source>
        <translation>Увеличение суммы</translation>
    </message>
    <message>
        <source>Decreased</source>
        <translation>Уменьшение суммы</translation>
    </message>
    <message>
        <source>Category up</source>
        <translation>Повышение категории</translation>
    </message>
    <message>
        <source>Category down</source>
        <translation>Понижение категории</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
</context>
<context>
    <name>dmc::CoachingPackData</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных сделок</translation>
    </message>
    <message>
        <source>Median cycle length</source>
        <translation>Медианная длительность цикла</translation>
    </message>
    <message>
        <source>Average won deal size</source>
        <translation>Средний размер выигранной сделки</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>Конверсия по этапам</translation>
    </message>
    <message>
        <source>Median days since last activity (open deals)</source>
        <translation>Медиана дней с последней активности (открытые сделки)</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Доказано</translation>
    </message>
    <message>
        <source>Mostly proven</source>
        <translation>В основном доказано</translation>
    </message>
    <message>
        <source>Needs proof</source>
        <translation>Без доказательств</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; district median %3 (%n rep(s)).</source>
        <translation>
            <numerusform>%1: %2; медиана по территории %3 (по %n менеджеру).</numerusform>
            <numerusform>%1: %2; медиана по территории %3 (по %n менеджерам).</numerusform>
            <numerusform>%1: %2; медиана по территории %3 (по %n менеджерам).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; no district median.</source>
        <translation>%1: %2; медианы по территории нет.</translation>
    </message>
    <message>
        <source>%1, %2, as of %3.</source>
        <translation>%1, %2, по состоянию на %3.</translation>
    </message>
    <message>
        <source>Quota %1, won %2, gap %3; commit %4, best case %5, pipeline %6.</source>
        <translation>План %1, выиграно %2, разрыв %3; Commit %4, Best Case %5, Pipeline %6.</translation>
    </message>
    <message>
        <source>Gap 0: covered.</source>
        <translation>Разрыв 0: покрыто.</translation>
    </message>
    <message>
        <source>Since %1: won %2, commit %3, best case %4, pipeline %5.</source>
        <translation>С %1: выиграно %2, Commit %3, Best Case %4, Pipeline %5.</translation>
    </message>
    <message>
        <source>Open pipeline %1 → %2: new %3, pulled in %4, increased %5, decreased %6, pushed out %7, won %8, lost %9.</source>
        <translation>Открытая воронка %1 → %2: появление в воронке %3, перенос в период %4, увеличение сумм %5, уменьшение сумм %6, перенос из периода %7, выигрыш %8, проигрыш %9.</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s); deals flagged: %1; snoozed hits: %2.</source>
        <translation>
            <numerusform>%n отклонение; сделок со срабатываниями: %1; отложенных срабатываний: %2.</numerusform>
            <numerusform>%n отклонения; сделок со срабатываниями: %1; отложенных срабатываний: %2.</numerusform>
            <numerusform>%n отклонений; сделок со срабатываниями: %1; отложенных срабатываний: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MEDDPICC: %1 of %n deal(s) closing in %2 have all eight elements confirmed.</source>
        <translation>
            <numerusform>MEDDPICC: все восемь элементов подтверждены у %1 из %n сделки с закрытием в %2.</numerusform>
            <numerusform>MEDDPICC: все восемь элементов подтверждены у %1 из %n сделок с закрытием в %2.</numerusform>
            <numerusform>MEDDPICC: все восемь элементов подтверждены у %1 из %n сделок с закрытием в %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage %1 of the gap with open pipeline %2.</source>
        <translation>Покрытие разрыва открытой воронкой %2: %1.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>DOR items</comment>
        <translation>не записаны</translation>
    </message>
    <message>
        <source>none</source>
        <comment>DOR items missing</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 met, %2 not met, %3 open</source>
        <translation>выполнено %1, не выполнено %2, открыто %3</translation>
    </message>
    <message>
        <source>buyer %1, seller %2</source>
        <translation>покупатель %1, продавец %2</translation>
    </message>
    <message>
        <source>No quota recorded for %1; won %2; commit %3, best case %4, pipeline %5.</source>
        <translation>План на %1 не задан; выиграно %2; Commit %3, Best Case %4, Pipeline %5.</translation>
    </message>
</context>
<context>
    <name>dmc::CompactFormat</name>
    <message>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions</comment>
        <translation>%1&#xa0;млрд</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions</comment>
        <translation>%1&#xa0;млн</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>thousands</comment>
        <translation>%1&#xa0;тыс.</translation>
    </message>
</context>
<context>
    <name>dmc::ComplianceArtifacts</name>
    <message>
        <source>Security questionnaire</source>
        <translation>Анкета по безопасности</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot;</source>
        <translation>настройка «%1»</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>artifacts: expected a list</source>
        <translation>artifacts: ожидается список</translation>
    </message>
    <message>
        <source>%1: expected an object with an id</source>
        <translation>%1: ожидается объект с id</translation>
    </message>
</context>
<context>
    <name>dmc::ConcentrationDetector</name>
    <message>
        <source>Commit for %1 at the snapshot of %2: %3 across %4.</source>
        <translation>Commit за %1 на снимке от %2: %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2 is %3 of the Commit for %4 (%5 of %6 across %7).</source>
        <translation>%1: %2 — это %3 суммы Commit за %4 (%5 из %6; всего %7).</translation>
    </message>
    <message>
        <source>Open pipeline for %1 at the snapshot of %2: %3 across %4.</source>
        <translation>Открытая воронка за %1 на снимке от %2: %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2 of the open pipeline for %3 (%4 of %5; %6) closes in its last %7, %8.</source>
        <translation>%1: %2 открытой воронки за %3 (%4 из %5; %6) закрывается в последние %7 периода, %8.</translation>
    </message>
</context>
<context>
    <name>dmc::CrmReader</name>
    <message>
        <source>cannot read %1</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>не удаётся прочитать базу данных</translation>
    </message>
    <message>
        <source>cannot read accounts</source>
        <translation>не удаётся прочитать клиентов</translation>
    </message>
</context>
<context>
    <name>dmc::CrmWriter</name>
    <message>
        <source>cannot write table %1 (%2)</source>
        <translation>не удаётся записать таблицу %1 (%2)</translation>
    </message>
    <message>
        <source>cannot write table %1</source>
        <translation>не удаётся записать таблицу %1</translation>
    </message>
    <message>
        <source>cannot empty the table %1</source>
        <translation>не удаётся очистить таблицу %1</translation>
    </message>
</context>
<context>
    <name>dmc::CsvReader</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>не удаётся прочитать файл (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the file holds binary data (control character 0x%1)</source>
        <translation>в файле двоичные данные (управляющий символ 0x%1)</translation>
    </message>
    <message>
        <source>a quoted field is never closed (the file may be truncated)</source>
        <translation>поле в кавычках не закрыто (возможно, файл обрезан)</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2 (the file may be truncated)</source>
        <translation>в строке полей: %1, в заголовке: %2 (возможно, файл обрезан)</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>в строке полей: %1, в заголовке: %2</translation>
    </message>
</context>
<context>
    <name>dmc::CurrencyCheck</name>
    <message>
        <source>give rates in the export&apos;s CurrencyType.csv or DatedConversionRate.csv (Salesforce; dated rates apply by close date), in currency_rates.csv (canonical), or in a file named with dmcockpit import ... --rates FILE</source>
        <translation>курсы задаются в файлах выгрузки CurrencyType.csv или DatedConversionRate.csv (Salesforce; курсы по датам применяются по дате закрытия), в currency_rates.csv (канонический формат) или в файле, указанном в dmcockpit import ... --rates ФАЙЛ</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n строка)</numerusform>
            <numerusform>%1 (%n строки)</numerusform>
            <numerusform>%1 (%n строк)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>amounts come in %n currencies and there are no exchange rates, so they are not added up: %1</source>
        <translation>
            <numerusform>суммы указаны в %n валюте, курсов нет, поэтому они не складываются: %1</numerusform>
            <numerusform>суммы указаны в %n валютах, курсов нет, поэтому они не складываются: %1</numerusform>
            <numerusform>суммы указаны в %n валютах, курсов нет, поэтому они не складываются: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no exchange rate to %1 (the reporting currency) for %2</source>
        <translation>нет курса к %1 (валюте отчётов) для %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>dmc::Database</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the database does not exist</source>
        <translation>база данных не существует</translation>
    </message>
    <message>
        <source>cannot create the database file (%1)</source>
        <translation>не удаётся создать файл базы данных (%1)</translation>
    </message>
    <message>
        <source>the file is not a DM Cockpit database</source>
        <translation>файл не является базой данных DM Cockpit</translation>
    </message>
    <message>
        <source>cannot open the database</source>
        <translation>не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>the file is not a usable database</source>
        <translation>файл не удаётся использовать как базу данных</translation>
    </message>
    <message>
        <source>the database was written by a newer version of DM Cockpit (schema %1, this version reads up to %2)</source>
        <translation>база данных записана более новой версией DM Cockpit (схема %1, эта версия читает схемы до %2)</translation>
    </message>
    <message>
        <source>the database is read-only and needs an upgrade to schema %1</source>
        <translation>база данных открыта только для чтения, а её требуется обновить до схемы %1</translation>
    </message>
    <message>
        <source>cannot upgrade the database to schema %1</source>
        <translation>не удаётся обновить базу данных до схемы %1</translation>
    </message>
    <message>
        <source>cannot upgrade the database</source>
        <translation>не удаётся обновить базу данных</translation>
    </message>
    <message>
        <source>cannot save a setting</source>
        <translation>не удаётся сохранить настройку</translation>
    </message>
    <message>
        <source>the backup is missing or not a database</source>
        <translation>резервной копии нет или она не является базой данных</translation>
    </message>
    <message>
        <source>cannot move the damaged database aside</source>
        <translation>не удаётся переместить повреждённую базу данных</translation>
    </message>
    <message>
        <source>cannot copy the backup into place</source>
        <translation>не удаётся восстановить резервную копию на место базы</translation>
    </message>
    <message>
        <source>the file is an SQLite database of another program, not a DM Cockpit database</source>
        <translation>файл — база данных SQLite другой программы, а не DM Cockpit</translation>
    </message>
    <message>
        <source>the team database address is not valid (expected postgresql://user@host:port/database)</source>
        <translation>неверный адрес командной базы (ожидается postgresql://пользователь@хост:порт/база)</translation>
    </message>
    <message>
        <source>the address holds a password: put it in ~/.pgpass (or the file PGPASSFILE names) instead</source>
        <translation>в адресе указан пароль; пароль хранится в ~/.pgpass (или в файле, указанном в PGPASSFILE), а не в адресе</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (libqt6sql6-psql)</source>
        <translation>драйвер PostgreSQL для Qt не установлен (libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to the team database</source>
        <translation>не удаётся подключиться к командной базе</translation>
    </message>
    <message>
        <source>the database file is damaged or not a database</source>
        <translation>файл базы данных повреждён или не является базой данных</translation>
    </message>
    <message>
        <source>the database file is damaged or not a database; the latest backup is %1</source>
        <translation>файл базы данных повреждён или не является базой данных; последняя резервная копия: %1</translation>
    </message>
    <message>
        <source>the database file is damaged (%1)</source>
        <translation>файл базы данных повреждён (%1)</translation>
    </message>
    <message>
        <source>the database file is damaged (%1); the latest backup is %2</source>
        <translation>файл базы данных повреждён (%1); последняя резервная копия: %2</translation>
    </message>
    <message>
        <source>cannot check the database</source>
        <translation>не удаётся проверить базу данных</translation>
    </message>
    <message>
        <source>cannot create the backup (%1)</source>
        <translation>не удаётся создать резервную копию (%1)</translation>
    </message>
    <message>
        <source>cannot back up the database before upgrading it</source>
        <translation>не удаётся создать резервную копию базы данных перед обновлением</translation>
    </message>
    <message>
        <source>cannot store the backup</source>
        <translation>не удаётся сохранить резервную копию</translation>
    </message>
    <message>
        <source>cannot start the database upgrade</source>
        <translation>не удаётся начать обновление базы данных</translation>
    </message>
    <message>
        <source>cannot lock the database for the upgrade</source>
        <translation>не удаётся заблокировать базу данных для обновления</translation>
    </message>
</context>
<context>
    <name>dmc::DatabaseIdentity</name>
    <message>
        <source>cannot read the database role</source>
        <translation>не удаётся прочитать роль в базе данных</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локальный файл</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>District manager</source>
        <translation>Руководитель территории</translation>
    </message>
    <message>
        <source>Regional vice president</source>
        <translation>Руководитель региона</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Нет доступа</translation>
    </message>
    <message>
        <source>Local database %1</source>
        <translation>Локальная база данных %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Team database %1 on %2 as %3 (%4)</source>
        <translation>Командная база %1 на сервере %2, пользователь %3 (%4)</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, только чтение</translation>
    </message>
</context>
<context>
    <name>dmc::DatabaseSummary</name>
    <message>
        <source>cannot read the database summary</source>
        <translation>не удаётся прочитать сведения о базе данных</translation>
    </message>
    <message>
        <source>cannot read the import log</source>
        <translation>не удаётся прочитать журнал импорта</translation>
    </message>
    <message>
        <source>Opportunities: %1</source>
        <translation>Сделки: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Клиенты: %1</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot rows: %1 over %n snapshot dates</source>
        <translation>
            <numerusform>Строки снимков: %1 за %n дату снимка</numerusform>
            <numerusform>Строки снимков: %1 за %n даты снимков</numerusform>
            <numerusform>Строки снимков: %1 за %n дат снимков</numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshots: %1 to %2</source>
        <translation>Снимки: с %1 по %2</translation>
    </message>
    <message>
        <source>Quota periods: %1</source>
        <translation>Периоды плана: %1</translation>
    </message>
    <message>
        <source>Districts: %1</source>
        <translation>Территории: %1</translation>
    </message>
    <message>
        <source>Import #%1 (%2, %3): %4 rows read, %5 accepted, %6 rejected, %7</source>
        <translation>Импорт № %1 (%2, %3): строк прочитано %4, принято %5, отбраковано %6, %7</translation>
    </message>
    <message>
        <source>Reps: %1 in %2, %3</source>
        <translation>Менеджеры: %1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>на %n территории</numerusform>
            <numerusform>на %n территориях</numerusform>
            <numerusform>на %n территориях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>в %n регионе</numerusform>
            <numerusform>в %n регионах</numerusform>
            <numerusform>в %n регионах</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting currency: %1</source>
        <translation>Валюта отчётов: %1</translation>
    </message>
    <message>
        <source>Exchange rates to %1: %2</source>
        <translation>Курсы к %1: %2</translation>
    </message>
    <message>
        <source>running</source>
        <comment>import status</comment>
        <translation>выполняется</translation>
    </message>
    <message>
        <source>done</source>
        <comment>import status</comment>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>skipped (imported before)</source>
        <comment>import status</comment>
        <translation>пропущен (уже импортирован)</translation>
    </message>
</context>
<context>
    <name>dmc::DatasetLoader</name>
    <message>
        <source>The snapshot rows could not be written to a file in the dataset image folder.</source>
        <translation>Не удалось записать строки снимков в файл в папке образа данных.</translation>
    </message>
</context>
<context>
    <name>dmc::DealExportImporter</name>
    <message>
        <source>unknown stage &quot;%1&quot;: add it to the profile</source>
        <translation>неизвестный этап «%1»: добавьте его в профиль</translation>
    </message>
    <message>
        <source>deal &quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>сделка «%1» указана дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>deal types not in the profile, read as new: %1</source>
        <translation>типы сделок, которых нет в профиле, прочитаны как новые: %1</translation>
    </message>
</context>
<context>
    <name>dmc::DealMoveDetector</name>
    <message numerus="yes">
        <source>%n earlier snapshot(s)</source>
        <translation>
            <numerusform>%n предыдущего снимка</numerusform>
            <numerusform>%n предыдущих снимков</numerusform>
            <numerusform>%n предыдущих снимков</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier amount change across its %1 (%2).</source>
        <translation>Сумма не менялась ни в одном из %1 (%2).</translation>
    </message>
    <message>
        <source>Largest earlier amount change across its %1 (%2): %3.</source>
        <translation>Наибольшее прежнее изменение суммы в истории из %1 (%2): %3.</translation>
    </message>
    <message>
        <source>%1: amount from %2 to %3 (%4, %5) between %6 and %7, the first change across its %8.</source>
        <translation>%1: сумма изменилась с %2 до %3 (%4, %5) между %6 и %7 — первое изменение в истории из %8.</translation>
    </message>
    <message>
        <source>%1: amount from %2 to %3 (%4, %5) between %6 and %7; the largest earlier change across its %8 was %9.</source>
        <translation>%1: сумма изменилась с %2 до %3 (%4, %5) между %6 и %7; наибольшее прежнее изменение в истории из %8 — %9.</translation>
    </message>
    <message>
        <source>No earlier close-date move across its %1 (%2).</source>
        <translation>Дата закрытия не сдвигалась ни в одном из %1 (%2).</translation>
    </message>
    <message>
        <source>Largest earlier close-date move across its %1 (%2): %3.</source>
        <translation>Наибольший прежний сдвиг даты закрытия в истории из %1 (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>на %n день позже</numerusform>
            <numerusform>на %n дня позже</numerusform>
            <numerusform>на %n дней позже</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>на %n день раньше</numerusform>
            <numerusform>на %n дня раньше</numerusform>
            <numerusform>на %n дней раньше</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: close date from %2 to %3 (%4) between %5 and %6, the first move across its %7.</source>
        <translation>%1: дата закрытия сдвинута с %2 на %3 (%4) между %5 и %6 — первый сдвиг в истории из %7.</translation>
    </message>
    <message>
        <source>%1: close date from %2 to %3 (%4) between %5 and %6; the largest earlier move across its %7 was %8.</source>
        <translation>%1: дата закрытия сдвинута с %2 на %3 (%4) между %5 и %6; наибольший прежний сдвиг в истории из %7 — %8.</translation>
    </message>
    <message>
        <source>Ladder Pipeline, Best Case, Commit, Closed; one snapshot to the next.</source>
        <translation>Лестница Pipeline, Best Case, Commit, Закрыто; от одного снимка к следующему.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) up</source>
        <translation>
            <numerusform>на %n ступень вверх</numerusform>
            <numerusform>на %n ступени вверх</numerusform>
            <numerusform>на %n ступеней вверх</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) down</source>
        <translation>
            <numerusform>на %n ступень вниз</numerusform>
            <numerusform>на %n ступени вниз</numerusform>
            <numerusform>на %n ступеней вниз</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: forecast category from %2 to %3 between %4 and %5, %6 on the ladder Pipeline, Best Case, Commit, Closed.</source>
        <translation>%1: категория прогноза изменилась с %2 на %3 между %4 и %5, %6 по лестнице Pipeline, Best Case, Commit, Закрыто.</translation>
    </message>
    <message>
        <source>New activity in %1 of the %2 snapshots %3.</source>
        <translation>Снимков с новой активностью: %1 из %2, %3.</translation>
    </message>
    <message>
        <source>%1: new activity in %2 to %3, none in the %4 since (last activity %5).</source>
        <translation>%1: новая активность в %2 по %3, после этого %4 без активности (последняя активность %5).</translation>
    </message>
</context>
<context>
    <name>dmc::DemoDatabase</name>
    <message>
        <source>cannot start a transaction</source>
        <translation>не удаётся начать транзакцию</translation>
    </message>
    <message>
        <source>the database already holds CRM data; add --force to replace it with the demo</source>
        <translation>в базе данных уже есть данные CRM; чтобы заменить их демоданными, добавьте --force</translation>
    </message>
    <message>
        <source>cannot save the demo</source>
        <translation>не удаётся сохранить демоданные</translation>
    </message>
</context>
<context>
    <name>dmc::DichotomyDetector</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The previous period to the same day: %1.</source>
        <translation>Предыдущий период по тот же день: %1.</translation>
    </message>
    <message>
        <source>%1: open pipeline up %2 (%3 → %4) while stage-to-stage conversion fell from %5 to %6 (%7 of %8 stage exits moved up, against %9 of %10), %11.</source>
        <translation>%1: открытая воронка выросла на %2 (%3 → %4), а конверсия по этапам снизилась с %5 до %6 (переходов на следующий этап: %7 из %8 выходов с этапа, ранее %9 из %10), %11.</translation>
    </message>
    <message>
        <source>%1: Commit up %2 (%3 → %4) while the share of MEDDPICC elements confirmed across its deals fell from %5 to %6 (%7 against %8; MEDDPICC as last imported), %9.</source>
        <translation>%1: Commit вырос на %2 (%3 → %4), а доля подтверждённых элементов MEDDPICC по его сделкам снизилась с %5 до %6 (сейчас %7, ранее %8; MEDDPICC по последнему импорту), %9.</translation>
    </message>
    <message>
        <source>%1: won up %2 (%3 → %4) while the median cycle of the won deals lengthened from %5 to %6 (%7 against %8), %9.</source>
        <translation>%1: выиграно больше на %2 (%3 → %4), а медианная длительность цикла выигранных сделок выросла: %5 → %6 (сейчас %7, ранее %8), %9.</translation>
    </message>
    <message>
        <source>%1: deals created went from %2 to %3 (%4) while deals moving up a stage went from %5 to %6 (%7), %8.</source>
        <translation>%1: создано сделок: %2 → %3 (%4), а сделок, перешедших на следующий этап: %5 → %6 (%7), %8.</translation>
    </message>
    <message>
        <source>%1: Commit up %2 (%3 → %4) while open deals with activity in the %5 before the snapshot went from %6 (%7 of %8) to %9 (%10 of %11), %12.</source>
        <translation>%1: Commit вырос на %2 (%3 → %4), а доля открытых сделок с активностью за %5 до снимка изменилась с %6 (%7 из %8) до %9 (%10 из %11), %12.</translation>
    </message>
</context>
<context>
    <name>dmc::DistrictAgendas</name>
    <message>
        <source>Cannot create the folder.</source>
        <translation>Не удаётся создать папку.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
    </message>
</context>
<context>
    <name>dmc::DistrictComparison</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2, region median %3</source>
        <translation>%1 %2, медиана по региону %3</translation>
    </message>
    <message>
        <source>attainment</source>
        <translation>выполнение плана</translation>
    </message>
    <message>
        <source>coverage at the period&apos;s start</source>
        <translation>покрытие на начало периода</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>доля выигранных сделок</translation>
    </message>
    <message>
        <source>median cycle</source>
        <translation>медианный цикл</translation>
    </message>
    <message>
        <source>WAPE at T-14</source>
        <translation>WAPE за 14 дней</translation>
    </message>
    <message>
        <source>exception count</source>
        <translation>число отклонений</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>District %1: the highest %2 and the lowest %3 in region %4 (%5).</source>
        <translation>Территория %1: наибольшее значение в регионе %4 — %2, наименьшее — %3 (%5).</translation>
    </message>
    <message>
        <source>District %1: the highest %2 in region %3 (%4).</source>
        <translation>Территория %1: наибольшее значение в регионе %3 — %2 (%4).</translation>
    </message>
    <message>
        <source>District %1: the lowest %2 in region %3 (%4).</source>
        <translation>Территория %1: наименьшее значение в регионе %3 — %2 (%4).</translation>
    </message>
</context>
<context>
    <name>dmc::DmActions</name>
    <message>
        <source>The DM&apos;s statuses and notes could not be read. %1</source>
        <translation>Статусы и заметки руководителя не удалось прочитать. %1</translation>
    </message>
    <message>
        <source>The DM&apos;s follow-ups could not be read. %1</source>
        <translation>Поручения руководителя не удалось прочитать. %1</translation>
    </message>
    <message>
        <source>Follow-up on %1</source>
        <translation>Поручение по сделке %1</translation>
    </message>
    <message>
        <source>Your change could not be saved. %1</source>
        <translation>Изменение не удалось сохранить. %1</translation>
    </message>
    <message>
        <source>Your change was not saved: %1. The view shows the stored version.</source>
        <translation>Изменение не сохранено: %1. Показана сохранённая версия.</translation>
    </message>
    <message>
        <source>Your change was not saved: %1. Their text: &quot;%2&quot;. The view shows the stored version.</source>
        <translation>Изменение не сохранено: %1. Текст другого пользователя: «%2». Показана сохранённая версия.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>База данных не открыта.</translation>
    </message>
</context>
<context>
    <name>dmc::DmDataReset</name>
    <message>
        <source>cannot empty the table %1</source>
        <translation>не удалось очистить таблицу %1</translation>
    </message>
</context>
<context>
    <name>dmc::Error</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, столбец %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dmc::ExceptionsCsv</name>
    <message>
        <source>As of</source>
        <translation>Дата среза</translation>
    </message>
    <message>
        <source>Rule ID</source>
        <translation>ID правила</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Rep ID</source>
        <translation>ID менеджера</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>ID сделки</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Категория прогноза</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Отложено до</translation>
    </message>
    <message>
        <source>Snooze reason</source>
        <translation>Причина откладывания</translation>
    </message>
</context>
<context>
    <name>dmc::FiscalPeriod</name>
    <message>
        <source>Q%1 FY%2</source>
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month, year</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>dmc::ForecastCategory</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best Case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Исключено</translation>
    </message>
</context>
<context>
    <name>dmc::HealthDropDetector</name>
    <message>
        <source>Largest earlier drop within %1 across %2 readings (%3): %4 points.</source>
        <translation>Наибольшее прежнее снижение за %1 (замеров: %2; %3): %4 п.</translation>
    </message>
    <message>
        <source>%1: account health from %2 on %3 to %4 on %5, down %6 points; the largest earlier drop within %7 across its %8 readings was %9 points. Open deals: %10 (%11).</source>
        <translation>%1: индекс здоровья клиента изменился с %2 (%3) до %4 (%5), снижение на %6 п.; наибольшее прежнее снижение за %7 (замеров: %8) — %9 п. Открытые сделки: %10 (%11).</translation>
    </message>
</context>
<context>
    <name>dmc::ImportLog</name>
    <message>
        <source>cannot read the import log</source>
        <translation>не удаётся прочитать журнал импорта</translation>
    </message>
    <message>
        <source>cannot write the import log</source>
        <translation>не удаётся записать журнал импорта</translation>
    </message>
</context>
<context>
    <name>dmc::ImportProfile</name>
    <message>
        <source>the profile is not valid JSON (%1)</source>
        <translation>профиль — некорректный JSON (%1)</translation>
    </message>
    <message>
        <source>the profile is not a JSON object</source>
        <translation>профиль — не объект JSON</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;: unknown category &quot;%2&quot;</source>
        <translation>этап «%1»: неизвестная категория «%2»</translation>
    </message>
    <message>
        <source>a stage needs a name and a probability from 0 to 100</source>
        <translation>у этапа должны быть название и вероятность от 0 до 100</translation>
    </message>
    <message>
        <source>unknown forecast category &quot;%1&quot;</source>
        <translation>неизвестная категория прогноза «%1»</translation>
    </message>
    <message>
        <source>unknown deal type &quot;%1&quot;</source>
        <translation>неизвестный тип сделки «%1»</translation>
    </message>
    <message>
        <source>the profile has a wrong value (%1)</source>
        <translation>в профиле неверное значение (%1)</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot;: %2 is too large</source>
        <translation>этап «%1»: значение %2 слишком велико</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>не удаётся прочитать файл (%1)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>(did you mean %1?)</source>
        <translation>(возможно, имелся в виду %1?)</translation>
    </message>
    <message>
        <source>unknown profile &quot;%1&quot;: use %2 or a profile file</source>
        <translation>неизвестный профиль «%1»: допустимы %2 или файл профиля</translation>
    </message>
    <message>
        <source>unknown profile format &quot;%1&quot; (%2)</source>
        <translation>неизвестный формат профиля «%1» (допустимы %2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not column, role, parent_role or role_level:N</source>
        <translation>%1: недопустимое значение «%2»: допустимы column, role, parent_role и role_level:N</translation>
    </message>
</context>
<context>
    <name>dmc::ImportSession</name>
    <message>
        <source>the file is missing: profile &quot;%1&quot; needs it</source>
        <translation>нет файла, который требуется профилю «%1»</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Чтение %1</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>импорт отменён; ничего не изменено</translation>
    </message>
    <message>
        <source>several files match &quot;%1&quot; of profile &quot;%2&quot;: %3; an import reads one</source>
        <translation>под «%1» профиля «%2» подходят несколько файлов: %3; импорт читает один</translation>
    </message>
</context>
<context>
    <name>dmc::Importer</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>не удаётся прочитать файл (%1)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <source>there is no file to import for profile &quot;%1&quot;</source>
        <translation>нет файлов для импорта по профилю «%1»</translation>
    </message>
    <message>
        <source>cannot start the import</source>
        <translation>не удаётся начать импорт</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) named by deals but not listed were added by id</source>
        <translation>
            <numerusform>%n клиент, указанный в сделках, но отсутствующий в списке клиентов, добавлен по ID</numerusform>
            <numerusform>%n клиента, указанных в сделках, но отсутствующих в списке клиентов, добавлены по ID</numerusform>
            <numerusform>%n клиентов, указанных в сделках, но отсутствующих в списке клиентов, добавлены по ID</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot save the import</source>
        <translation>не удаётся сохранить импорт</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>cannot write the rejects file %1</source>
        <translation>не удаётся записать файл отбракованных строк %1</translation>
    </message>
    <message>
        <source>no such rates file</source>
        <translation>файл курсов не найден</translation>
    </message>
</context>
<context>
    <name>dmc::Insight</name>
    <message>
        <source>Anomaly</source>
        <translation>Аномалия</translation>
    </message>
    <message>
        <source>Dichotomy</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation>Выброс</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Концентрация</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Тренд</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Не просмотрено</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Скрыто</translation>
    </message>
    <message>
        <source>Back: numbers changed</source>
        <translation>Снова в списке: значения изменились</translation>
    </message>
</context>
<context>
    <name>dmc::InsightContext</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 до %2</translation>
    </message>
</context>
<context>
    <name>dmc::InsightMarkStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot read the insight marks</source>
        <translation>не удаётся прочитать отметки наблюдений</translation>
    </message>
    <message>
        <source>an insight mark needs the insight&apos;s key, rule and as-of date</source>
        <translation>в отметке наблюдения не хватает ключа, правила или даты среза</translation>
    </message>
    <message>
        <source>a dismissal needs a note</source>
        <translation>скрыть наблюдение можно только с заметкой</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>не удаётся начать транзакцию</translation>
    </message>
    <message>
        <source>The mark on this insight was removed by another writer; nothing was saved</source>
        <translation>Отметку этого наблюдения за это время удалил другой пользователь; ничего не сохранено</translation>
    </message>
    <message>
        <source>cannot save the insight mark</source>
        <translation>не удаётся сохранить отметку наблюдения</translation>
    </message>
    <message>
        <source>cannot log the insight mark</source>
        <translation>не удаётся записать отметку наблюдения в журнал</translation>
    </message>
    <message>
        <source>The mark on this insight was changed by %1 meanwhile; nothing was saved</source>
        <translation>Отметку этого наблюдения за это время изменил пользователь %1; ничего не сохранено</translation>
    </message>
    <message>
        <source>The mark on this insight was changed by another writer; nothing was saved</source>
        <translation>Отметку этого наблюдения за это время изменил другой пользователь; ничего не сохранено</translation>
    </message>
    <message>
        <source>cannot read the insight mark history</source>
        <translation>не удаётся прочитать историю отметки наблюдения</translation>
    </message>
</context>
<context>
    <name>dmc::InsightRules</name>
    <message>
        <source>Stage held longer than the rep&apos;s own</source>
        <comment>stage_duration</comment>
        <translation>Этап дольше обычного для менеджера</translation>
    </message>
    <message>
        <source>Open deal in its stage longer than the given percentile of the rep&apos;s own completed stays in that stage (plus the given days), over the baseline weeks.</source>
        <comment>stage_duration</comment>
        <translation>Открытая сделка находится на этапе дольше заданного процентиля завершённых пребываний того же менеджера на этом этапе (плюс заданные дни) за базовые недели.</translation>
    </message>
    <message>
        <source>Amount move larger than the deal&apos;s history</source>
        <comment>amount_move</comment>
        <translation>Изменение суммы больше прежних</translation>
    </message>
    <message>
        <source>Amount changed by at least the given percent within the window, more than any earlier change of the same deal, after the given weeks of history.</source>
        <comment>amount_move</comment>
        <translation>Сумма изменилась в пределах окна не меньше чем на заданный процент — больше любого прежнего изменения той же сделки, при истории не короче заданного числа недель.</translation>
    </message>
    <message>
        <source>Close-date move larger than the deal&apos;s history</source>
        <comment>close_date_move</comment>
        <translation>Сдвиг даты закрытия больше прежних</translation>
    </message>
    <message>
        <source>Close date moved by at least the given days within the window, more than any earlier move of the same deal, after the given weeks of history.</source>
        <comment>close_date_move</comment>
        <translation>Дата закрытия сдвинулась в пределах окна не меньше чем на заданное число дней — больше любого прежнего сдвига той же сделки, при истории не короче заданного числа недель.</translation>
    </message>
    <message>
        <source>Sudden drop in account health</source>
        <comment>health_drop</comment>
        <translation>Резкое снижение индекса здоровья клиента</translation>
    </message>
    <message>
        <source>Account with open deals whose health fell by at least the given points within the window, more than in any earlier window of its readings.</source>
        <comment>health_drop</comment>
        <translation>Клиент с открытыми сделками, у которого индекс здоровья снизился в пределах окна не меньше чем на заданное число пунктов — больше, чем в любом прежнем окне его замеров.</translation>
    </message>
    <message>
        <source>Activity stopped after a rhythm</source>
        <comment>activity_stopped</comment>
        <translation>Активность прекратилась после регулярной</translation>
    </message>
    <message>
        <source>Open deal with activity in at least the given number of the rhythm weeks, then none for the given quiet weeks.</source>
        <comment>activity_stopped</comment>
        <translation>Открытая сделка с активностью не менее чем в заданном числе недель ритма, затем без активности заданное число недель.</translation>
    </message>
    <message>
        <source>Jump of several categories</source>
        <comment>category_jump</comment>
        <translation>Скачок через несколько категорий</translation>
    </message>
    <message>
        <source>Forecast category moved by at least the given steps (Pipeline, Best Case, Commit, Closed) between two snapshots within the window.</source>
        <comment>category_jump</comment>
        <translation>Категория прогноза изменилась не меньше чем на заданное число ступеней (Pipeline, Best Case, Commit, Закрыто) между двумя снимками в пределах окна.</translation>
    </message>
    <message>
        <source>Pipeline up, conversion down</source>
        <comment>pipeline_vs_conversion</comment>
        <translation>Воронка растёт, конверсия снижается</translation>
    </message>
    <message>
        <source>Open pipeline up by at least the given percent while stage-to-stage conversion fell by at least the given points, period to date against the previous period.</source>
        <comment>pipeline_vs_conversion</comment>
        <translation>Открытая воронка выросла не меньше чем на заданный процент, а конверсия по этапам снизилась не меньше чем на заданное число пунктов: период на дату среза против предыдущего периода на тот же день.</translation>
    </message>
    <message>
        <source>Commit up, MEDDPICC completeness down</source>
        <comment>commit_vs_meddpicc</comment>
        <translation>Commit растёт, заполненность MEDDPICC снижается</translation>
    </message>
    <message>
        <source>Commit up by at least the given percent while the share of MEDDPICC elements confirmed across its deals fell by at least the given points.</source>
        <comment>commit_vs_meddpicc</comment>
        <translation>Commit вырос не меньше чем на заданный процент, а доля подтверждённых элементов MEDDPICC по его сделкам снизилась не меньше чем на заданное число пунктов.</translation>
    </message>
    <message>
        <source>Won up, cycle longer</source>
        <comment>won_vs_cycle</comment>
        <translation>Выиграно больше, цикл длиннее</translation>
    </message>
    <message>
        <source>Won up by at least the given percent while the median cycle of the won deals lengthened by at least the given percent.</source>
        <comment>won_vs_cycle</comment>
        <translation>Выиграно больше не меньше чем на заданный процент, а медианная длительность цикла выигранных сделок выросла не меньше чем на заданный процент.</translation>
    </message>
    <message>
        <source>More deals created, fewer advancing</source>
        <comment>created_vs_advancing</comment>
        <translation>Создано больше сделок, продвигается меньше</translation>
    </message>
    <message>
        <source>Deals created up by at least the given percent while deals moving up a stage fell by at least the given percent.</source>
        <comment>created_vs_advancing</comment>
        <translation>Число созданных сделок выросло не меньше чем на заданный процент, а число сделок, перешедших на следующий этап, снизилось не меньше чем на заданный процент.</translation>
    </message>
    <message>
        <source>Commit up, activity down</source>
        <comment>commit_vs_activity</comment>
        <translation>Commit растёт, активность снижается</translation>
    </message>
    <message>
        <source>Commit up by at least the given percent while the share of open deals with activity in the given days before the snapshot fell by at least the given points.</source>
        <comment>commit_vs_activity</comment>
        <translation>Commit вырос не меньше чем на заданный процент, а доля открытых сделок с активностью за заданное число дней до снимка снизилась не меньше чем на заданное число пунктов.</translation>
    </message>
    <message>
        <source>Outlier in the district</source>
        <comment>district_outlier</comment>
        <translation>Выброс на территории</translation>
    </message>
    <message>
        <source>Rep whose win rate, cycle, average won deal or stage conversion is at least the given standard deviations from the mean of the district&apos;s reps.</source>
        <comment>district_outlier</comment>
        <translation>Менеджер, у которого доля выигранных сделок, длительность цикла, средний размер выигранной сделки или конверсия по этапам отстоит от среднего по менеджерам территории не меньше чем на заданное число стандартных отклонений.</translation>
    </message>
    <message>
        <source>Outside the rep&apos;s own quarters</source>
        <comment>own_history_outlier</comment>
        <translation>За пределами прежних кварталов менеджера</translation>
    </message>
    <message>
        <source>Rep whose win rate, cycle or average won deal this period is beyond the range of their own previous quarters by at least the given percent.</source>
        <comment>own_history_outlier</comment>
        <translation>Менеджер, у которого доля выигранных сделок, длительность цикла или средний размер выигранной сделки в этом периоде выходит за диапазон его собственных предыдущих кварталов не меньше чем на заданный процент.</translation>
    </message>
    <message>
        <source>District outside the region&apos;s range</source>
        <comment>region_outlier</comment>
        <translation>Территория за пределами диапазона региона</translation>
    </message>
    <message>
        <source>District whose win rate, cycle, average won deal or stage conversion is beyond the range of the other districts of its region by at least the given percent.</source>
        <comment>region_outlier</comment>
        <translation>Территория, у которой доля выигранных сделок, длительность цикла, средний размер выигранной сделки или конверсия по этапам выходит за диапазон остальных территорий её региона не меньше чем на заданный процент.</translation>
    </message>
    <message>
        <source>One deal carries the commit</source>
        <comment>commit_concentration</comment>
        <translation>Commit держится на одной сделке</translation>
    </message>
    <message>
        <source>One deal is at least the given percent of a rep&apos;s (or district&apos;s) Commit for the period, among at least the given number of deals.</source>
        <comment>commit_concentration</comment>
        <translation>Одна сделка составляет не меньше заданного процента Commit менеджера (или территории) за период, при числе сделок не меньше заданного.</translation>
    </message>
    <message>
        <source>Close dates at the quarter end</source>
        <comment>close_clustering</comment>
        <translation>Даты закрытия в конце квартала</translation>
    </message>
    <message>
        <source>At least the given percent of the open pipeline for the period closes in its last days, among at least the given number of deals.</source>
        <comment>close_clustering</comment>
        <translation>Не меньше заданного процента открытой воронки периода закрывается в его последние дни, при числе сделок не меньше заданного.</translation>
    </message>
    <message>
        <source>Pipeline and commit trend</source>
        <comment>scope_trend</comment>
        <translation>Тренд воронки и прогноза Commit</translation>
    </message>
    <message>
        <source>Open pipeline or commit forecast of the scope changed by at least the given percent over the given weeks.</source>
        <comment>scope_trend</comment>
        <translation>Открытая воронка или прогноз Commit охвата изменились не меньше чем на заданный процент за заданное число недель.</translation>
    </message>
</context>
<context>
    <name>dmc::InsightText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n deal(s)</source>
        <translation>
            <numerusform>%1 из %n сделки</numerusform>
            <numerusform>%1 из %n сделок</numerusform>
            <numerusform>%1 из %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n week(s)</source>
        <translation>
            <numerusform>%1 из %n недели</numerusform>
            <numerusform>%1 из %n недель</numerusform>
            <numerusform>%1 из %n недель</numerusform>
        </translation>
    </message>
    <message>
        <source>%1st percentile</source>
        <translation>%1-й процентиль</translation>
    </message>
    <message>
        <source>%1nd percentile</source>
        <translation>%1-й процентиль</translation>
    </message>
    <message>
        <source>%1rd percentile</source>
        <translation>%1-й процентиль</translation>
    </message>
    <message>
        <source>%1th percentile</source>
        <translation>%1-й процентиль</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>dmc::InsightsCsv</name>
    <message>
        <source>deal</source>
        <translation>сделка</translation>
    </message>
    <message>
        <source>account</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>district</source>
        <translation>территория</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>охват</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Показано</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Rule ID</source>
        <translation>ID правила</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Subject ID</source>
        <translation>ID объекта</translation>
    </message>
    <message>
        <source>Rep ID</source>
        <translation>ID менеджера</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>На кону</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Закономерность</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База сравнения</translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation>База сравнения с</translation>
    </message>
    <message>
        <source>Baseline to</source>
        <translation>База сравнения по</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
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
    <name>dmc::MavenImporter</name>
    <message>
        <source>agent &quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>агент «%1» указан дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>клиент «%1» указан дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>Reading deals</source>
        <translation>Чтение сделок</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>неизвестный этап «%1»</translation>
    </message>
    <message>
        <source>agent &quot;%1&quot; is not in the sales teams</source>
        <translation>агента «%1» нет в командах продаж</translation>
    </message>
    <message>
        <source>opportunity &quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>сделка «%1» указана дважды (впервые в строке %2)</translation>
    </message>
</context>
<context>
    <name>dmc::Meddpicc</name>
    <message>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Экономический покупатель</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Критерии решения</translation>
    </message>
    <message>
        <source>Decision process</source>
        <translation>Процесс принятия решения</translation>
    </message>
    <message>
        <source>Paper process</source>
        <translation>Процесс оформления</translation>
    </message>
    <message>
        <source>Identify pain</source>
        <translation>Боль клиента</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Чемпион</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>M</source>
        <comment>MEDDPICC: Metrics</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>EB</source>
        <comment>MEDDPICC: Economic buyer</comment>
        <translation>EB</translation>
    </message>
    <message>
        <source>DC</source>
        <comment>MEDDPICC: Decision criteria</comment>
        <translation>DC</translation>
    </message>
    <message>
        <source>DP</source>
        <comment>MEDDPICC: Decision process</comment>
        <translation>DP</translation>
    </message>
    <message>
        <source>PP</source>
        <comment>MEDDPICC: Paper process</comment>
        <translation>PP</translation>
    </message>
    <message>
        <source>IP</source>
        <comment>MEDDPICC: Identify pain</comment>
        <translation>IP</translation>
    </message>
    <message>
        <source>Ch</source>
        <comment>MEDDPICC: Champion</comment>
        <translation>Ch</translation>
    </message>
    <message>
        <source>Co</source>
        <comment>MEDDPICC: Competition</comment>
        <translation>Co</translation>
    </message>
</context>
<context>
    <name>dmc::MeddpiccStatus</name>
    <message>
        <source>Metrics (none)</source>
        <translation>метрики не подтверждены</translation>
    </message>
    <message>
        <source>Metrics (partial)</source>
        <translation>метрики подтверждены частично</translation>
    </message>
    <message>
        <source>Metrics (confirmed)</source>
        <translation>метрики подтверждены</translation>
    </message>
    <message>
        <source>Economic buyer (none)</source>
        <translation>экономический покупатель не подтверждён</translation>
    </message>
    <message>
        <source>Economic buyer (partial)</source>
        <translation>экономический покупатель подтверждён частично</translation>
    </message>
    <message>
        <source>Economic buyer (confirmed)</source>
        <translation>экономический покупатель подтверждён</translation>
    </message>
    <message>
        <source>Decision criteria (none)</source>
        <translation>критерии решения не подтверждены</translation>
    </message>
    <message>
        <source>Decision criteria (partial)</source>
        <translation>критерии решения подтверждены частично</translation>
    </message>
    <message>
        <source>Decision criteria (confirmed)</source>
        <translation>критерии решения подтверждены</translation>
    </message>
    <message>
        <source>Decision process (none)</source>
        <translation>процесс принятия решения не подтверждён</translation>
    </message>
    <message>
        <source>Decision process (partial)</source>
        <translation>процесс принятия решения подтверждён частично</translation>
    </message>
    <message>
        <source>Decision process (confirmed)</source>
        <translation>процесс принятия решения подтверждён</translation>
    </message>
    <message>
        <source>Paper process (none)</source>
        <translation>процесс оформления не подтверждён</translation>
    </message>
    <message>
        <source>Paper process (partial)</source>
        <translation>процесс оформления подтверждён частично</translation>
    </message>
    <message>
        <source>Paper process (confirmed)</source>
        <translation>процесс оформления подтверждён</translation>
    </message>
    <message>
        <source>Identify pain (none)</source>
        <translation>боль клиента не подтверждена</translation>
    </message>
    <message>
        <source>Identify pain (partial)</source>
        <translation>боль клиента подтверждена частично</translation>
    </message>
    <message>
        <source>Identify pain (confirmed)</source>
        <translation>боль клиента подтверждена</translation>
    </message>
    <message>
        <source>Champion (none)</source>
        <translation>чемпион не подтверждён</translation>
    </message>
    <message>
        <source>Champion (partial)</source>
        <translation>чемпион подтверждён частично</translation>
    </message>
    <message>
        <source>Champion (confirmed)</source>
        <translation>чемпион подтверждён</translation>
    </message>
    <message>
        <source>Competition (none)</source>
        <translation>конкуренты не подтверждены</translation>
    </message>
    <message>
        <source>Competition (partial)</source>
        <translation>конкуренты подтверждены частично</translation>
    </message>
    <message>
        <source>Competition (confirmed)</source>
        <translation>конкуренты подтверждены</translation>
    </message>
</context>
<context>
    <name>dmc::OutlierDetector</name>
    <message>
        <source>history to %1</source>
        <translation>история по %1</translation>
    </message>
    <message>
        <source>Mean of the %1 reps of %2 with a value, %3.</source>
        <translation>Среднее по менеджерам территории %2, у которых есть значение (менеджеров: %1); %3.</translation>
    </message>
    <message>
        <source>%1: win rate %2 against a mean of %3 in %4 (standard deviation %5, z = %6, %7 reps; %8).</source>
        <translation>%1: доля выигранных сделок %2 при среднем %3 на территории %4 (стандартное отклонение %5, z = %6, менеджеров: %7; %8).</translation>
    </message>
    <message>
        <source>%1: median cycle from creation to win of %2 days against a mean of %3 days in %4 (standard deviation %5, z = %6, %7 reps; %8).</source>
        <translation>%1: медианная длительность цикла от создания до выигрыша в днях — %2 при среднем %3 на территории %4 (стандартное отклонение %5, z = %6, менеджеров: %7; %8).</translation>
    </message>
    <message>
        <source>%1: average won deal of %2 against a mean of %3 in %4 (standard deviation %5, z = %6, %7 reps; %8).</source>
        <translation>%1: средний размер выигранной сделки %2 при среднем %3 на территории %4 (стандартное отклонение %5, z = %6, менеджеров: %7; %8).</translation>
    </message>
    <message>
        <source>%1: stage-to-stage conversion of %2 against a mean of %3 in %4 (standard deviation %5, z = %6, %7 reps; %8).</source>
        <translation>%1: конверсия по этапам %2 при среднем %3 на территории %4 (стандартное отклонение %5, z = %6, менеджеров: %7; %8).</translation>
    </message>
    <message numerus="yes">
        <source>%n previous quarter(s)</source>
        <translation>
            <numerusform>%n предыдущий квартал</numerusform>
            <numerusform>%n предыдущих квартала</numerusform>
            <numerusform>%n предыдущих кварталов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2: %3 (%4).</source>
        <translation>%2, %1: %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2 in %3 of %4, %5 beyond the range %6 to %7 of the %8 (%9).</source>
        <translation>%1: %2 за %3 — %4, %5 к границе диапазона от %6 до %7 за %8 (%9).</translation>
    </message>
    <message numerus="yes">
        <source>the other %n district(s) of %1</source>
        <translation>
            <numerusform>%n другой территории региона %1</numerusform>
            <numerusform>%n других территорий региона %1</numerusform>
            <numerusform>%n других территорий региона %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Other districts of %1: %2, %3.</source>
        <translation>Другие территории региона %1: %2; %3.</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 beyond the range %5 to %6 of %7 (%8).</source>
        <translation>%1: %2 %3, %4 к границе диапазона от %5 до %6 у %7 (%8).</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>доля выигранных сделок</translation>
    </message>
    <message>
        <source>median cycle from creation to win</source>
        <translation>медианная длительность цикла от создания до выигрыша</translation>
    </message>
    <message>
        <source>average won deal</source>
        <translation>средний размер выигранной сделки</translation>
    </message>
    <message>
        <source>stage-to-stage conversion</source>
        <translation>конверсия по этапам</translation>
    </message>
</context>
<context>
    <name>dmc::PackNumbers</name>
    <message>
        <source>covered</source>
        <comment>gap 0: no coverage ratio</comment>
        <translation>покрыто</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best Case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>was %1</source>
        <comment>the value at the compare-to snapshot</comment>
        <translation>было %1</translation>
    </message>
    <message>
        <source>Required weekly run rate</source>
        <translation>Требуемый темп в неделю</translation>
    </message>
    <message>
        <source>no weeks left</source>
        <translation>осталось 0 недель</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>появление в воронке %1</translation>
    </message>
    <message>
        <source>pulled in %1</source>
        <translation>перенос в период %1</translation>
    </message>
    <message>
        <source>transferred in %1</source>
        <translation>передача от другого менеджера %1</translation>
    </message>
    <message>
        <source>increased %1</source>
        <translation>увеличение суммы %1</translation>
    </message>
    <message>
        <source>decreased %1</source>
        <translation>уменьшение суммы %1</translation>
    </message>
    <message>
        <source>pushed out %1</source>
        <translation>перенос из периода %1</translation>
    </message>
    <message>
        <source>transferred out %1</source>
        <translation>передача другому менеджеру %1</translation>
    </message>
    <message>
        <source>won %1</source>
        <translation>выигрыш %1</translation>
    </message>
    <message>
        <source>lost %1</source>
        <translation>проигрыш %1</translation>
    </message>
    <message>
        <source>Open pipeline %1, unchanged.</source>
        <translation>Открытая воронка %1, без изменений.</translation>
    </message>
    <message>
        <source>Open pipeline %1 → %2: %3.</source>
        <translation>Открытая воронка %1 → %2: %3.</translation>
    </message>
    <message>
        <source>no quota</source>
        <comment>no quota recorded: no coverage ratio</comment>
        <translation>нет плана</translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>no quota recorded</comment>
        <translation>не задан</translation>
    </message>
    <message>
        <source>no quota</source>
        <comment>no quota recorded: no run rate</comment>
        <translation>нет плана</translation>
    </message>
</context>
<context>
    <name>dmc::PackReport</name>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Coaching pack: %1</source>
        <translation>Подготовка к встрече 1:1 — %1</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · на %2</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Сравнение с</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation>более раннего снимка нет</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Суммы</translation>
    </message>
    <message>
        <source>%1, whole units</source>
        <translation>%1, с округлением до целых</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Изменения с %1</translation>
    </message>
    <message>
        <source>No deal changed since %1.</source>
        <translation>С %1 ни одна сделка не изменилась.</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Отклонения</translation>
    </message>
    <message>
        <source>No open exceptions.</source>
        <translation>Открытых отклонений нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed exception(s), listed apart:</source>
        <translation>
            <numerusform>%n отложенное отклонение, отдельным списком:</numerusform>
            <numerusform>%n отложенных отклонения, отдельным списком:</numerusform>
            <numerusform>%n отложенных отклонений, отдельным списком:</numerusform>
        </translation>
    </message>
    <message>
        <source>MEDDPICC gap matrix</source>
        <translation>Матрица пробелов MEDDPICC</translation>
    </message>
    <message>
        <source>No open deals closing in %1.</source>
        <translation>Нет открытых сделок с закрытием в %1.</translation>
    </message>
    <message>
        <source>✓ confirmed, ~ partial, – none. M Metrics, EB Economic buyer, DC Decision criteria, DP Decision process, PP Paper process, IP Identify pain, Ch Champion, Co Competition.</source>
        <translation>✓ подтверждено, ~ частично, – нет. Буквы элементов — по английским названиям: M (Metrics) — метрики, EB (Economic buyer) — экономический покупатель, DC (Decision criteria) — критерии решения, DP (Decision process) — процесс принятия решения, PP (Paper process) — процесс оформления, IP (Identify pain) — боль клиента, Ch (Champion) — чемпион, Co (Competition) — конкуренты.</translation>
    </message>
    <message>
        <source>Metrics beside the district median</source>
        <translation>Метрики менеджера и медиана по территории</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <source>District median</source>
        <translation>Медиана по территории</translation>
    </message>
    <message>
        <source>Reps in the median</source>
        <translation>Число менеджеров в расчёте медианы</translation>
    </message>
    <message>
        <source>Belief stacks</source>
        <translation>Убеждения клиента</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Belief</source>
        <translation>Убеждение</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>No questions from the question bank: no flagged deals.</source>
        <translation>Вопросов нет: сделок со срабатываниями нет.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Поручения со сроком до конца недели</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Поручений со сроком до конца недели нет.</translation>
    </message>
    <message>
        <source>Generated by DM Cockpit on %1 from the CRM snapshot of %2.</source>
        <translation>Сформировано DM Cockpit %1 по снимку CRM от %2.</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Заметка к встрече 1:1</translation>
    </message>
    <message>
        <source>Numbers and changes</source>
        <translation>Показатели и изменения</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Изменение с %1</translation>
    </message>
    <message>
        <source>%1 (target %2)</source>
        <translation>%1 (цель %2)</translation>
    </message>
    <message>
        <source>POCs</source>
        <translation>Пилоты</translation>
    </message>
    <message>
        <source>No POC on %1&apos;s deals in %2.</source>
        <translation>У сделок %1 нет пилотов в %2.</translation>
    </message>
    <message>
        <source>POC</source>
        <translation>Пилот</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Time line</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>DOR items missing at the start</source>
        <translation>Пункты готовности (DOR), которых не хватало на старте</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Просроченные задачи</translation>
    </message>
    <message>
        <source>Plays and compliance</source>
        <translation>Сценарии продаж и соответствие</translation>
    </message>
    <message>
        <source>No open deal of %1 with a play step not done, a compliance artifact not started at the stage or a task past its due date.</source>
        <translation>У %1 нет открытых сделок с невыполненным шагом сценария, не начатым к этапу документом соответствия или задачей с прошедшим сроком.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Play steps not done</source>
        <translation>Невыполненные шаги сценария</translation>
    </message>
    <message>
        <source>Compliance artifacts not started at the stage</source>
        <translation>Документы соответствия, не начатые к этапу</translation>
    </message>
    <message>
        <source>Tasks past due</source>
        <translation>Задачи с прошедшим сроком</translation>
    </message>
</context>
<context>
    <name>dmc::PdfRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
    </message>
</context>
<context>
    <name>dmc::PersonalSettings</name>
    <message>
        <source>cannot save your setting &quot;%1&quot;</source>
        <translation>не удалось сохранить вашу настройку «%1»</translation>
    </message>
    <message>
        <source>cannot remove your setting &quot;%1&quot;</source>
        <translation>не удалось удалить вашу настройку «%1»</translation>
    </message>
</context>
<context>
    <name>dmc::PlanFileReader</name>
    <message>
        <source>the plan has no column &quot;%1&quot;</source>
        <translation>в плане нет столбца «%1»</translation>
    </message>
    <message>
        <source>the period is empty</source>
        <translation>период не указан</translation>
    </message>
    <message>
        <source>the scope is empty</source>
        <translation>охват не указан</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not new, expansion or renewal (or empty for the total)</source>
        <translation>«%1» — не new, expansion или renewal (и не пусто для итога)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0</source>
        <translation>«%1» — не целое число от 0</translation>
    </message>
    <message>
        <source>%1 won deals are more than the %2 decided ones</source>
        <translation>выигранных сделок (%1) больше, чем сделок с решением (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount from 0 such as 125000.50</source>
        <translation>«%1» — не сумма от 0 вида 125000.50</translation>
    </message>
    <message>
        <source>bookings without a won deal</source>
        <translation>продажи без выигранных сделок</translation>
    </message>
</context>
<context>
    <name>dmc::PlayReader</name>
    <message>
        <source>cannot read %1</source>
        <translation>не удалось прочитать %1</translation>
    </message>
</context>
<context>
    <name>dmc::PlaysCsv</name>
    <message>
        <source>Partner ID</source>
        <translation>ID партнёра</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Компетенции</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>Contract vehicles</source>
        <translation>Контрактные механизмы</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Sourced deals</source>
        <translation>Сделки, привлечённые партнёром</translation>
    </message>
    <message>
        <source>Sourced amount</source>
        <translation>Сумма, привлечённая партнёром</translation>
    </message>
    <message>
        <source>Influenced deals</source>
        <translation>Сделки с участием партнёра</translation>
    </message>
    <message>
        <source>Influenced amount</source>
        <translation>Сумма с участием партнёра</translation>
    </message>
    <message>
        <source>Co-sell won</source>
        <translation>Совместные продажи: выиграно</translation>
    </message>
    <message>
        <source>Co-sell lost</source>
        <translation>Совместные продажи: проиграно</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных сделок</translation>
    </message>
    <message>
        <source>Play ID</source>
        <translation>ID сценария</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>ID сделки</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Steps due</source>
        <translation>Шагов к этапу</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Шагов выполнено</translation>
    </message>
    <message>
        <source>Missing steps</source>
        <translation>Невыполненные шаги</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Документ соответствия</translation>
    </message>
    <message>
        <source>Required by a play</source>
        <translation>Требуется сценарием</translation>
    </message>
    <message>
        <source>By stage</source>
        <translation>К этапу</translation>
    </message>
    <message>
        <source>Stage entered</source>
        <translation>Дата входа в этап</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готов</translation>
    </message>
    <message>
        <source>In parallel</source>
        <translation>Параллельно</translation>
    </message>
</context>
<context>
    <name>dmc::PlaysSummary</name>
    <message>
        <source>%1: %2 (by %3)</source>
        <comment>play: step (by stage)</comment>
        <translation>%1: %2 (к этапу %3)</translation>
    </message>
    <message>
        <source>%1: started %2, after %3 entered %4</source>
        <translation>%1: начат %2, после входа в этап %3 %4</translation>
    </message>
    <message>
        <source>%1: not started, %2 entered %3</source>
        <translation>%1: не начат, вход в этап %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation>%1 (%2, срок %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n eligible deal(s); %2 with every step due by their stage done (%3).</source>
        <translation>
            <numerusform>%1: %n подходящая сделка; со всеми шагами, положенными к этапу, выполненными: %2 (%3).</numerusform>
            <numerusform>%1: %n подходящие сделки; со всеми шагами, положенными к этапу, выполненными: %2 (%3).</numerusform>
            <numerusform>%1: %n подходящих сделок; со всеми шагами, положенными к этапу, выполненными: %2 (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no eligible deal.</source>
        <translation>%1: подходящих сделок нет.</translation>
    </message>
    <message numerus="yes">
        <source>Compliance artifacts started in parallel: %1 of %n required at a stage reached (%2).</source>
        <translation>
            <numerusform>Документы соответствия, начатые параллельно: %1 из %n требуемого на достигнутом этапе (%2).</numerusform>
            <numerusform>Документы соответствия, начатые параллельно: %1 из %n требуемых на достигнутом этапе (%2).</numerusform>
            <numerusform>Документы соответствия, начатые параллельно: %1 из %n требуемых на достигнутом этапе (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>No required compliance artifact at a stage reached.</source>
        <translation>Требуемых на достигнутом этапе документов соответствия нет.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>role, count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No open task past its due date.</source>
        <translation>Открытых задач с прошедшим сроком нет.</translation>
    </message>
    <message>
        <source>Open tasks past their due date by role: %1.</source>
        <translation>Открытые задачи с прошедшим сроком по ролям: %1.</translation>
    </message>
</context>
<context>
    <name>dmc::PlaysText</name>
    <message>
        <source>Sourced</source>
        <translation>Привлечена партнёром</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>С участием партнёра</translation>
    </message>
    <message>
        <source>No partner</source>
        <translation>Без партнёра</translation>
    </message>
    <message>
        <source>AE</source>
        <translation>AE</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>SE</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>CS</source>
        <translation>CS</translation>
    </message>
    <message>
        <source>No record</source>
        <translation>Нет записи</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не начат</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>compliance artifact</comment>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <source>Stage not reached</source>
        <translation>Этап не достигнут</translation>
    </message>
    <message>
        <source>Started in parallel</source>
        <translation>Начат параллельно</translation>
    </message>
    <message>
        <source>Started after the stage</source>
        <translation>Начат после этапа</translation>
    </message>
    <message>
        <source>Not started at the stage</source>
        <translation>Не начат к этапу</translation>
    </message>
    <message>
        <source>Recorded, no play requires it</source>
        <translation>Записан, сценарии его не требуют</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>%1 days (n = %2)</source>
        <translation>дней: %1 (n = %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s) in a row</source>
        <translation>
            <numerusform>%n открытая задача подряд</numerusform>
            <numerusform>%n открытые задачи подряд</numerusform>
            <numerusform>%n открытых задач подряд</numerusform>
        </translation>
    </message>
    <message>
        <source>, the last due %1</source>
        <translation>, последняя со сроком %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) after the close date %1</source>
        <translation>
            <numerusform>, на %n день позже даты закрытия %1</numerusform>
            <numerusform>, на %n дня позже даты закрытия %1</numerusform>
            <numerusform>, на %n дней позже даты закрытия %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) before the close date %1</source>
        <translation>
            <numerusform>, на %n день раньше даты закрытия %1</numerusform>
            <numerusform>, на %n дня раньше даты закрытия %1</numerusform>
            <numerusform>, на %n дней раньше даты закрытия %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, on the close date %1</source>
        <translation>, в дату закрытия %1</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (к этапу %2)</translation>
    </message>
</context>
<context>
    <name>dmc::PocChecklist</name>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>items: expected a list</source>
        <translation>items: ожидается список</translation>
    </message>
    <message>
        <source>%1: expected an object with an id</source>
        <translation>%1: ожидается объект с id</translation>
    </message>
    <message>
        <source>%1.id: &quot;%2&quot; is not one of %3</source>
        <translation>%1.id: «%2» — не одно из значений %3</translation>
    </message>
    <message>
        <source>%1.id: &quot;%2&quot; is listed twice</source>
        <translation>%1.id: «%2» указан дважды</translation>
    </message>
    <message>
        <source>%1.required: expected true or false</source>
        <translation>%1.required: ожидается true или false</translation>
    </message>
    <message>
        <source>%1.min_count: expected a whole number from 1 to 20</source>
        <translation>%1.min_count: ожидается целое число от 1 до 20</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot;</source>
        <translation>настройка «%1»</translation>
    </message>
    <message>
        <source>Measurable success criterion recorded by the start</source>
        <translation>Измеримый критерий успеха записан к старту</translation>
    </message>
    <message>
        <source>Environment ready on or before the start</source>
        <translation>Среда готова к дате старта</translation>
    </message>
    <message>
        <source>Data ready</source>
        <translation>Данные готовы</translation>
    </message>
    <message>
        <source>Evaluator named</source>
        <translation>Назван оценщик</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>Плановая дата окончания</translation>
    </message>
    <message>
        <source>Exit / rollback plan</source>
        <translation>План выхода / отката</translation>
    </message>
    <message>
        <source>Next step on success agreed</source>
        <translation>Согласован следующий шаг при успехе</translation>
    </message>
</context>
<context>
    <name>dmc::PocDigestReport</name>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (срок %2)</translation>
    </message>
    <message>
        <source>started on %1</source>
        <translation>начат %1</translation>
    </message>
    <message>
        <source>ended on %1</source>
        <translation>окончен %1</translation>
    </message>
    <message>
        <source>ended on %1, outcome: %2</source>
        <translation>окончен %1, итог: %2</translation>
    </message>
    <message>
        <source>criterion %1 added on %2</source>
        <translation>критерий «%1» добавлен %2</translation>
    </message>
    <message>
        <source>criterion %1 changed on %2</source>
        <translation>критерий «%1» изменён %2</translation>
    </message>
    <message>
        <source>criterion %1 recorded met on %2</source>
        <translation>критерий «%1» записан как выполненный %2</translation>
    </message>
    <message>
        <source>criterion %1 recorded not met on %2</source>
        <translation>критерий «%1» записан как невыполненный %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) held: %1</source>
        <translation>
            <numerusform>проведена %n сверка: %1</numerusform>
            <numerusform>проведено %n сверки: %1</numerusform>
            <numerusform>проведено %n сверок: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>buyer task %1 done on %2</source>
        <translation>задача покупателя «%1» выполнена %2</translation>
    </message>
    <message>
        <source>seller task %1 done on %2</source>
        <translation>задача продавца «%1» выполнена %2</translation>
    </message>
    <message>
        <source>no start, end, criterion, check-in or task recorded since %1</source>
        <translation>с %1 не записано ни старта, ни окончания, ни критерия, ни сверки, ни задачи</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past the planned end</source>
        <translation>
            <numerusform>%n день после плановой даты окончания</numerusform>
            <numerusform>%n дня после плановой даты окончания</numerusform>
            <numerusform>%n дней после плановой даты окончания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n buyer task(s) overdue: %1</source>
        <translation>
            <numerusform>%n задача покупателя просрочена: %1</numerusform>
            <numerusform>%n задачи покупателя просрочены: %1</numerusform>
            <numerusform>%n задач покупателя просрочены: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller task(s) overdue: %1</source>
        <translation>
            <numerusform>%n задача продавца просрочена: %1</numerusform>
            <numerusform>%n задачи продавца просрочены: %1</numerusform>
            <numerusform>%n задач продавца просрочены: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no task overdue</source>
        <translation>просроченных задач нет</translation>
    </message>
    <message>
        <source>POC digest: %1</source>
        <translation>Сводка по пилотам: %1</translation>
    </message>
    <message>
        <source>since %1 · as of %2</source>
        <translation>с %1 · на %2</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Изменения с</translation>
    </message>
    <message>
        <source>POCs</source>
        <translation>Пилоты</translation>
    </message>
    <message>
        <source>No POC of the scope is running or planned at %1 or ended after %2.</source>
        <translation>На %1 в выборке нет идущих или запланированных пилотов и пилотов, окончившихся после %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>С %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Generated by DM Cockpit on %1 from the POC rows of the latest import.</source>
        <translation>Создано в DM Cockpit %1 по данным пилотов из последнего импорта.</translation>
    </message>
</context>
<context>
    <name>dmc::PocReader</name>
    <message>
        <source>cannot read %1</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
</context>
<context>
    <name>dmc::PocTablesReader</name>
    <message>
        <source>&quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>«%1» указан дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>%1 %2 is before %3 %4</source>
        <translation>%1 %2 раньше, чем %3 %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not planned, active, complete or stopped</source>
        <translation>«%1» — не planned, active, complete или stopped</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not technical_win, technical_loss or no_decision</source>
        <translation>«%1» — не technical_win, technical_loss или no_decision</translation>
    </message>
    <message>
        <source>a POC with status %1 needs a start_date</source>
        <translation>у POC со статусом %1 должна быть start_date</translation>
    </message>
    <message>
        <source>a POC with status %1 needs an actual_end</source>
        <translation>у POC со статусом %1 должна быть actual_end</translation>
    </message>
    <message>
        <source>deal &quot;%1&quot; is not in %2</source>
        <translation>сделки «%1» нет в %2</translation>
    </message>
    <message>
        <source>POC &quot;%1&quot; is not in %2</source>
        <translation>POC «%1» нет в %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not open, met or not_met</source>
        <translation>«%1» — не open, met или not_met</translation>
    </message>
    <message>
        <source>a check-in needs a planned_date or a held_date</source>
        <translation>у сверки должна быть planned_date или held_date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not buyer or seller</source>
        <translation>«%1» — не buyer или seller</translation>
    </message>
</context>
<context>
    <name>dmc::PocText</name>
    <message>
        <source>Planned</source>
        <comment>POC status</comment>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>POC status</comment>
        <translation>Идёт</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>POC status</comment>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>POC status</comment>
        <translation>Остановлен</translation>
    </message>
    <message>
        <source>Technical win</source>
        <translation>Технический успех</translation>
    </message>
    <message>
        <source>Technical loss</source>
        <translation>Технический неуспех</translation>
    </message>
    <message>
        <source>No decision</source>
        <comment>POC outcome</comment>
        <translation>Без решения</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>criterion result</comment>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Met</source>
        <comment>criterion result</comment>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Not met</source>
        <comment>criterion result</comment>
        <translation>Не выполнен</translation>
    </message>
    <message>
        <source>Buyer</source>
        <comment>task side</comment>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Seller</source>
        <comment>task side</comment>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>без даты старта</translation>
    </message>
    <message numerus="yes">
        <source>starts %1, %n day(s) planned</source>
        <translation>
            <numerusform>старт %1, по плану %n день</numerusform>
            <numerusform>старт %1, по плану %n дня</numerusform>
            <numerusform>старт %1, по плану %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>старт %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of %1 planned, ended %2</source>
        <translation>
            <numerusform>%n день из %1 по плану, окончен %2</numerusform>
            <numerusform>%n дня из %1 по плану, окончен %2</numerusform>
            <numerusform>%n дней из %1 по плану, окончен %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s), ended %1</source>
        <translation>
            <numerusform>%n день, окончен %1</numerusform>
            <numerusform>%n дня, окончен %1</numerusform>
            <numerusform>%n дней, окончен %1</numerusform>
        </translation>
    </message>
    <message>
        <source>day %1 of %2 planned</source>
        <translation>день %1 из %2 по плану</translation>
    </message>
    <message>
        <source>day %1, no planned end</source>
        <translation>день %1, без плановой даты окончания</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past the planned end</source>
        <translation>
            <numerusform>%n день после плановой даты окончания</numerusform>
            <numerusform>%n дня после плановой даты окончания</numerusform>
            <numerusform>%n дней после плановой даты окончания</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>one POC from the deal&apos;s POC fields: no checklist or criteria recorded</source>
        <translation>POC из полей сделки: чек-лист и критерии не записаны</translation>
    </message>
    <message numerus="yes">
        <source>%n measurable criteria</source>
        <translation>
            <numerusform>%n измеримый критерий</numerusform>
            <numerusform>%n измеримых критерия</numerusform>
            <numerusform>%n измеримых критериев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DOR item(s) missing at the start: %1</source>
        <translation>
            <numerusform>на старте не хватало %n пункта готовности (DOR): %1</numerusform>
            <numerusform>на старте не хватало %n пунктов готовности (DOR): %1</numerusform>
            <numerusform>на старте не хватало %n пунктов готовности (DOR): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>DOR complete at the start</source>
        <translation>готовность (DOR) на старте полная</translation>
    </message>
    <message>
        <source>criteria met: %1 of %2 with a result</source>
        <translation>критерии выполнены: %1 из %2 с результатом</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria changed after the start</source>
        <translation>
            <numerusform>%n критерий изменён после старта</numerusform>
            <numerusform>%n критерия изменены после старта</numerusform>
            <numerusform>%n критериев изменены после старта</numerusform>
        </translation>
    </message>
    <message>
        <source>check-ins held: %1 of %2 planned</source>
        <translation>сверки проведены: %1 из %2 запланированных</translation>
    </message>
    <message numerus="yes">
        <source>last check-in %1, %n day(s) before the as-of</source>
        <translation>
            <numerusform>последняя сверка %1, за %n день до даты среза</numerusform>
            <numerusform>последняя сверка %1, за %n дня до даты среза</numerusform>
            <numerusform>последняя сверка %1, за %n дней до даты среза</numerusform>
        </translation>
    </message>
    <message>
        <source>no check-in held</source>
        <translation>ни одной сверки не проведено</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer task(s) overdue</source>
        <translation>
            <numerusform>%n задача покупателя просрочена</numerusform>
            <numerusform>%n задачи покупателя просрочены</numerusform>
            <numerusform>%n задач покупателя просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seller task(s) overdue</source>
        <translation>
            <numerusform>%n задача продавца просрочена</numerusform>
            <numerusform>%n задачи продавца просрочены</numerusform>
            <numerusform>%n задач продавца просрочено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::PocsCsv</name>
    <message>
        <source>POC ID</source>
        <translation>ID POC</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>ID сделки</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое завершение</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Фактическое завершение</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>Days planned</source>
        <translation>Дней по плану</translation>
    </message>
    <message>
        <source>Days past planned end</source>
        <translation>Дней после планового завершения</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Дней осталось</translation>
    </message>
    <message>
        <source>DOR at start</source>
        <translation>Готовность на старте</translation>
    </message>
    <message>
        <source>DOR items missing</source>
        <translation>Недостающие пункты готовности</translation>
    </message>
    <message>
        <source>Measurable criteria</source>
        <translation>Измеримые критерии</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Критерии выполнены</translation>
    </message>
    <message>
        <source>Criteria not met</source>
        <translation>Критерии не выполнены</translation>
    </message>
    <message>
        <source>Criteria open</source>
        <translation>Критерии открыты</translation>
    </message>
    <message>
        <source>Criteria changed after start</source>
        <translation>Критерии изменены после старта</translation>
    </message>
    <message>
        <source>Check-ins planned</source>
        <translation>Сверки запланированы</translation>
    </message>
    <message>
        <source>Check-ins held of planned</source>
        <translation>Сверки проведены из запланированных</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Последняя сверка</translation>
    </message>
    <message>
        <source>Buyer tasks open</source>
        <translation>Открытые задачи покупателя</translation>
    </message>
    <message>
        <source>Buyer tasks overdue</source>
        <translation>Просроченные задачи покупателя</translation>
    </message>
    <message>
        <source>Seller tasks open</source>
        <translation>Открытые задачи продавца</translation>
    </message>
    <message>
        <source>Seller tasks overdue</source>
        <translation>Просроченные задачи продавца</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факты</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>полная</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполная</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
</context>
<context>
    <name>dmc::ProfileDraft</name>
    <message numerus="yes">
        <source>no probability in the export for %n stage(s), written as 0: %1</source>
        <translation>
            <numerusform>в выгрузке нет вероятности для %n этапа, записано 0: %1</numerusform>
            <numerusform>в выгрузке нет вероятности для %n этапов, записано 0: %1</numerusform>
            <numerusform>в выгрузке нет вероятности для %n этапов, записано 0: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no won / lost in the export for %n stage(s), written as open: %1</source>
        <translation>
            <numerusform>в выгрузке нет признака «выиграна / проиграна» для %n этапа, записан как открытый: %1</numerusform>
            <numerusform>в выгрузке нет признака «выиграна / проиграна» для %n этапов, записаны как открытые: %1</numerusform>
            <numerusform>в выгрузке нет признака «выиграна / проиграна» для %n этапов, записаны как открытые: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no forecast category in the export for %n stage(s), written as pipeline: %1</source>
        <translation>
            <numerusform>в выгрузке нет категории прогноза для %n этапа, записано «pipeline»: %1</numerusform>
            <numerusform>в выгрузке нет категории прогноза для %n этапов, записано «pipeline»: %1</numerusform>
            <numerusform>в выгрузке нет категории прогноза для %n этапов, записано «pipeline»: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is missing: a draft reads the export&apos;s opportunities</source>
        <translation>файла нет: черновик профиля строится по сделкам выгрузки</translation>
    </message>
    <message>
        <source>%1 is written differently from %2 (%3, &quot;%4&quot;): one profile reads every file of an export alike</source>
        <translation>%1 записан иначе, чем %2 (%3, «%4»): один профиль читает все файлы выгрузки одинаково</translation>
    </message>
    <message numerus="yes">
        <source>%n date value(s) no known format reads, first &quot;%1&quot;</source>
        <translation>
            <numerusform>%n значение даты не читается ни одним известным форматом, первое: «%1»</numerusform>
            <numerusform>%n значения даты не читаются ни одним известным форматом, первое: «%1»</numerusform>
            <numerusform>%n значений даты не читаются ни одним известным форматом, первое: «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n строка)</numerusform>
            <numerusform>%1 (%n строки)</numerusform>
            <numerusform>%1 (%n строк)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>amounts in %n currencies: %1</source>
        <translation>
            <numerusform>суммы в %n валюте: %1</numerusform>
            <numerusform>суммы в %n валютах: %1</numerusform>
            <numerusform>суммы в %n валютах: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>forecast categories the profile does not know, written as pipeline: %1</source>
        <translation>категории прогноза, которых нет в профиле, записаны как «pipeline»: %1</translation>
    </message>
    <message>
        <source>opportunity types the profile does not know, written as new: %1</source>
        <translation>типы сделок, которых нет в профиле, записаны как «new»: %1</translation>
    </message>
</context>
<context>
    <name>dmc::ProfileValidator</name>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>одно из значений %1</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>непустая строка</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>целое число от %1 до %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>список строк</translation>
    </message>
    <message>
        <source>a list of objects</source>
        <translation>список объектов</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>другое значение</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>ожидается %1, получено: %2</translation>
    </message>
    <message>
        <source>expected %1, got %2 — did you mean %3?</source>
        <translation>ожидается %1, получено: %2 — возможно, имелось в виду %3?</translation>
    </message>
    <message>
        <source>the encoding &quot;%1&quot; is not supported</source>
        <translation>кодировка «%1» не поддерживается</translation>
    </message>
    <message>
        <source>the key `%1` is missing</source>
        <translation>нет ключа `%1`</translation>
    </message>
    <message>
        <source>unknown key `%1` — did you mean `%2`?</source>
        <translation>неизвестный ключ `%1` — возможно, имелся в виду `%2`?</translation>
    </message>
    <message>
        <source>unknown key `%1` (no keys are read here)</source>
        <translation>неизвестный ключ `%1` (здесь ключи не читаются)</translation>
    </message>
    <message>
        <source>unknown key `%1` (the keys read here: %2)</source>
        <translation>неизвестный ключ `%1` (здесь читаются ключи: %2)</translation>
    </message>
    <message>
        <source>the key `%1` is given twice (first on line %2)</source>
        <translation>ключ `%1` указан дважды (впервые в строке %2)</translation>
    </message>
</context>
<context>
    <name>dmc::QualificationChanges</name>
    <message>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <source>active</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершён</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не удался</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>POC</source>
        <translation>Пилот (POC)</translation>
    </message>
    <message>
        <source>POC start</source>
        <translation>Начало пилота</translation>
    </message>
    <message>
        <source>POC planned end</source>
        <translation>Плановое завершение пилота</translation>
    </message>
    <message>
        <source>POC last check-in</source>
        <translation>Последняя сверка пилота</translation>
    </message>
    <message>
        <source>POC success criteria defined</source>
        <translation>Критерии успеха пилота определены</translation>
    </message>
    <message>
        <source>POC success criteria no longer defined</source>
        <translation>Критерии успеха пилота больше не определены</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Проверка ИБ</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Юридическая проверка</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Следующий шаг: %1</translation>
    </message>
</context>
<context>
    <name>dmc::QualificationHistoryStore</name>
    <message>
        <source>cannot read %1</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
</context>
<context>
    <name>dmc::QuarterlyPlanReport</name>
    <message>
        <source>As imported</source>
        <translation>Как в импорте</translation>
    </message>
    <message>
        <source>attainment factor %1</source>
        <translation>коэффициент выполнения %1</translation>
    </message>
    <message>
        <source>the shipped ramp curves</source>
        <translation>поставляемые кривые адаптации</translation>
    </message>
    <message>
        <source>the database&apos;s ramp curves</source>
        <translation>кривые адаптации из базы</translation>
    </message>
    <message>
        <source>district target %1</source>
        <translation>цель территории %1</translation>
    </message>
    <message>
        <source>hire %1 (%2) from %3, quarterly quota %4</source>
        <translation>найм %1 (%2) с %3, квартальный план %4</translation>
    </message>
    <message>
        <source>the role median</source>
        <translation>медиана по роли</translation>
    </message>
    <message>
        <source>%1 leaves, last day %2</source>
        <translation>%1 уходит, последний день %2</translation>
    </message>
    <message>
        <source>Ramped capacity against the need, %1 and %2</source>
        <translation>Ёмкость с учётом адаптации и потребность, %1 и %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Need −10%</source>
        <translation>Потребность −10%</translation>
    </message>
    <message>
        <source>Need +10%</source>
        <translation>Потребность +10%</translation>
    </message>
    <message>
        <source>Columns after the band: ramped capacity per plan, the data as imported first. A month&apos;s need is the period&apos;s need ÷ 3.</source>
        <translation>Столбцы после коридора — ёмкость с учётом адаптации по планам, первым — данные как в импорте. Потребность месяца — потребность периода ÷ 3.</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>План: %1</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Full quota</source>
        <translation>Полный план</translation>
    </message>
    <message>
        <source>Ramp by month</source>
        <translation>Адаптация по месяцам</translation>
    </message>
    <message>
        <source>FRE</source>
        <translation>ЭАМ</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Ёмкость</translation>
    </message>
    <message>
        <source>Ramp loss</source>
        <translation>Потери на адаптации</translation>
    </message>
    <message>
        <source>%1, last day %2</source>
        <translation>%1, последний день %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Capacity = full quota ÷ 3 × ramp percent × attainment factor per rep and month; ramp loss = full quota ÷ 3 × (1 − ramp percent); FRE = the ramp percents of the months employed ÷ 3 (the total: the months&apos; mean).</source>
        <translation>Ёмкость = полный план ÷ 3 × процент адаптации × коэффициент выполнения по менеджеру и месяцу; потери на адаптации = полный план ÷ 3 × (1 − процент адаптации); ЭАМ = сумма процентов адаптации за месяцы работы ÷ 3 (в итоге — среднее по месяцам).</translation>
    </message>
    <message>
        <source>Coverage by segment</source>
        <translation>Покрытие по сегментам</translation>
    </message>
    <message>
        <source>Need %1, won so far %2, remaining %3. Implied coverage: 1 ÷ the segment&apos;s win rate from %4 to %5.</source>
        <translation>Потребность %1, выиграно к этому моменту %2, остаётся %3. Покрытие по доле выигранных: 1 ÷ доля выигранных сделок сегмента с %4 по %5.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Открытая воронка</translation>
    </message>
    <message>
        <source>Remaining target</source>
        <translation>Оставшаяся цель</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Implied coverage</source>
        <translation>Покрытие по доле выигранных</translation>
    </message>
    <message>
        <source>Won of decided</source>
        <translation>Выиграно из решённых</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Без сегмента</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Pipeline mix by source group</source>
        <translation>Структура воронки по группам источников</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Created pipeline</source>
        <translation>Созданная воронка</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Territory balance on %1</source>
        <translation>Баланс портфелей клиентов на %1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Renewals in period</source>
        <translation>Продления в периоде</translation>
    </message>
    <message>
        <source>No open deal</source>
        <translation>Без открытой сделки</translation>
    </message>
    <message numerus="yes">
        <source>Index: the rep&apos;s value ÷ the mean over the %n active rep(s) of the scope (1.00 = the mean).</source>
        <translation>
            <numerusform>Индекс: значение менеджера ÷ среднее по %n работающему менеджеру охвата (1,00 — среднее).</numerusform>
            <numerusform>Индекс: значение менеджера ÷ среднее по %n работающим менеджерам охвата (1,00 — среднее).</numerusform>
            <numerusform>Индекс: значение менеджера ÷ среднее по %n работающим менеджерам охвата (1,00 — среднее).</numerusform>
        </translation>
    </message>
    <message>
        <source>Account listed apart</source>
        <translation>Клиент отдельно</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>нет владельца</translation>
    </message>
    <message>
        <source>owner not active: %1</source>
        <translation>владелец не работает: %1</translation>
    </message>
    <message>
        <source>Ramp attainment by tenure month</source>
        <translation>Выполнение плана на адаптации по месяцам стажа</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>М%1</translation>
    </message>
    <message>
        <source>Cohort median (n)</source>
        <translation>Медиана когорты (n)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bookings in the tenure month ÷ (monthly full quota × ramp percent); the cohort median is over every rep of the database with a value, n reps.</source>
        <translation>Продажи в месяце стажа ÷ (полный план за месяц × процент адаптации); медиана когорты — по всем менеджерам базы со значением, n — их число.</translation>
    </message>
    <message>
        <source>Quarterly plan: %1</source>
        <translation>План на квартал: %1</translation>
    </message>
    <message>
        <source>%1 and %2 · as of %3</source>
        <translation>%1 и %2 · на %3</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Assumption sets</source>
        <translation>Наборы допущений</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Суммы</translation>
    </message>
    <message>
        <source>%1, whole units</source>
        <translation>%1, с округлением до целых</translation>
    </message>
    <message>
        <source>Generated by DM Cockpit on %1 from the CRM snapshot of %2. Assumption sets are the DM&apos;s own figures, named by the DM; the plan shows their arithmetic.</source>
        <translation>Создано в DM Cockpit %1 по снимку CRM от %2. Наборы допущений — собственные цифры руководителя под его названиями; план показывает их арифметику.</translation>
    </message>
</context>
<context>
    <name>dmc::QuestionBank</name>
    <message>
        <source>Diagnostic</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Forcing function</source>
        <translation>Фиксация срока</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Ответственность</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>некорректный JSON (%1)</translation>
    </message>
    <message>
        <source>questions: expected a list</source>
        <translation>questions: ожидается список</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: ожидается объект</translation>
    </message>
    <message>
        <source>%1.id: expected the question id as text</source>
        <translation>%1.id: ожидается ID вопроса в виде текста</translation>
    </message>
    <message>
        <source>%1.kind: unknown kind &quot;%2&quot;</source>
        <translation>%1.kind: неизвестный вид «%2»</translation>
    </message>
    <message>
        <source>%1.rules: expected a list of rule ids</source>
        <translation>%1.rules: ожидается список ID правил</translation>
    </message>
    <message>
        <source>%1.rules: unknown rule &quot;%2&quot;</source>
        <translation>%1.rules: неизвестное правило «%2»</translation>
    </message>
    <message>
        <source>%1.%2: missing text</source>
        <translation>%1.%2: нет текста</translation>
    </message>
    <message>
        <source>%1.%2: unknown placeholder {%3}</source>
        <translation>%1.%2: неизвестная подстановка {%3}</translation>
    </message>
</context>
<context>
    <name>dmc::RampCurves</name>
    <message>
        <source>no &quot;curves&quot; object</source>
        <translation>нет объекта «curves»</translation>
    </message>
    <message>
        <source>the curve of role &quot;%1&quot; is not a list of percents</source>
        <translation>кривая роли «%1» — не список процентов</translation>
    </message>
    <message>
        <source>the curve of role &quot;%1&quot; holds a percent outside 0-100</source>
        <translation>в кривой роли «%1» процент вне 0–100</translation>
    </message>
</context>
<context>
    <name>dmc::RatesFile</name>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>the rate of %1 is empty</source>
        <translation>курс %1 не указан</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; has two rates from %2</source>
        <translation>у валюты «%1» два курса с %2</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is listed twice</source>
        <translation>валюта «%1» указана дважды</translation>
    </message>
</context>
<context>
    <name>dmc::RenewalOutlook</name>
    <message>
        <source>Health 80–100</source>
        <translation>Индекс здоровья 80–100</translation>
    </message>
    <message>
        <source>Health 60–79</source>
        <translation>Индекс здоровья 60–79</translation>
    </message>
    <message>
        <source>Health 40–59</source>
        <translation>Индекс здоровья 40–59</translation>
    </message>
    <message>
        <source>Health 0–39</source>
        <translation>Индекс здоровья 0–39</translation>
    </message>
    <message>
        <source>No health reading</source>
        <translation>Нет замера индекса здоровья</translation>
    </message>
</context>
<context>
    <name>dmc::RenewalWatchlist</name>
    <message numerus="yes">
        <source>Renewal on %1 (in %n day(s)), ARR %2.</source>
        <translation>
            <numerusform>Продление %1 (через %n день), ARR %2.</numerusform>
            <numerusform>Продление %1 (через %n дня), ARR %2.</numerusform>
            <numerusform>Продление %1 (через %n дней), ARR %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Health %1 on %2.</source>
        <translation>Индекс здоровья %1 на %2.</translation>
    </message>
    <message>
        <source>Change since %1 (health %2): %3 points.</source>
        <translation>Изменение индекса здоровья с %1 (было %2): %3 п.</translation>
    </message>
    <message>
        <source>No health reading.</source>
        <translation>Замеров индекса здоровья нет.</translation>
    </message>
    <message>
        <source>Renewal deal %1: %2, %3, %4, close date %5.</source>
        <translation>Сделка продления %1: %2, %3, %4, дата закрытия %5.</translation>
    </message>
    <message>
        <source>No open renewal deal.</source>
        <translation>Открытой сделки продления нет.</translation>
    </message>
    <message numerus="yes">
        <source>Expansion pipeline %1 (%n deal(s)).</source>
        <translation>
            <numerusform>Воронка расширения %1 (%n сделка).</numerusform>
            <numerusform>Воронка расширения %1 (%n сделки).</numerusform>
            <numerusform>Воронка расширения %1 (%n сделок).</numerusform>
        </translation>
    </message>
    <message>
        <source>No account has a renewal date: the watchlist lists accounts by their renewal date.</source>
        <translation>Ни у одного клиента нет даты продления: список продлений строится по датам продления.</translation>
    </message>
    <message>
        <source>No account has a health reading: health and its trend stay empty.</source>
        <translation>Ни у одного клиента нет замера индекса здоровья: индекс здоровья и его тренд остаются пустыми.</translation>
    </message>
</context>
<context>
    <name>dmc::RepMapping</name>
    <message>
        <source>%1: rows naming no deal owner: %2</source>
        <translation>%1: строки, не совпавшие ни с одним владельцем сделок: %2</translation>
    </message>
    <message>
        <source>the row names no rep (id and name are empty)</source>
        <translation>в строке не указан менеджер (столбцы id и name пусты)</translation>
    </message>
    <message>
        <source>rep &quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>менеджер «%1» указан дважды (впервые в строке %2)</translation>
    </message>
</context>
<context>
    <name>dmc::ReviewReport</name>
    <message>
        <source>Deal type</source>
        <translation>Тип сделки</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База сравнения</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Средняя выигранная сделка</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Decided, won</source>
        <translation>С решением, выиграно</translation>
    </message>
    <message>
        <source>%1 → %2, %3 → %4</source>
        <translation>%1 → %2, %3 → %4</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Share of lost</source>
        <translation>Доля проигранных</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Bookings bridge</source>
        <translation>Разложение продаж</translation>
    </message>
    <message>
        <source>Bookings = decided deals × win rate × average won deal. The three terms over the scope are the Shapley values of the three factors: each factor&apos;s change averaged over the six orders in which the three can change, so the split does not depend on an order. The split by deal type adds each type&apos;s share of the decided deals as a fourth factor (mix); its terms add up to the same difference. Terms are rounded to the cent and the residue goes to the largest term.</source>
        <translation>Продажи = сделки с решением × доля выигранных × средняя выигранная сделка. Три составляющие по охвату — значения Шепли трёх множителей: изменение каждого множителя, усреднённое по шести порядкам, в которых три множителя могут меняться, поэтому разложение не зависит от порядка. Разложение по типам сделок добавляет четвёртый множитель — долю каждого типа среди сделок с решением (структура); его составляющие в сумме дают ту же разницу. Составляющие округлены до цента, остаток отнесён к наибольшей.</translation>
    </message>
    <message>
        <source>By deal type</source>
        <translation>По типам сделок</translation>
    </message>
    <message>
        <source>By account segment</source>
        <translation>По сегментам клиентов</translation>
    </message>
    <message>
        <source>A plan has no account segments: no split by segment.</source>
        <translation>В плане нет сегментов клиентов: разложения по сегментам нет.</translation>
    </message>
    <message>
        <source>Win and loss</source>
        <translation>Выигрыши и проигрыши</translation>
    </message>
    <message>
        <source>By loss reason</source>
        <translation>По причинам проигрыша</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>By competitor</source>
        <translation>По конкурентам</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>По территориям</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>По менеджерам</translation>
    </message>
    <message>
        <source>Source mix</source>
        <translation>Источники сделок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Created amount</source>
        <translation>Сумма созданных</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>С решением</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Created: deals created in the period, at their amount at the review snapshot. The group is read from the deal&apos;s lead source.</source>
        <translation>Создано: сделки, созданные в периоде, с суммой на снимок обзора. Группа определяется по источнику сделки.</translation>
    </message>
    <message>
        <source>Renewal outlook</source>
        <translation>Предстоящие продления</translation>
    </message>
    <message>
        <source>Renewals due %1 to %2, by the account&apos;s latest health reading on or before %3; trend over the watchlist&apos;s 30 days.</source>
        <translation>Продления с %1 по %2 по последнему замеру индекса здоровья клиента на %3 или раньше; тренд за 30 дней, как в списке продлений.</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Индекс здоровья</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>No account of the scope renews in these dates.</source>
        <translation>В эти даты клиенты охвата не продлеваются.</translation>
    </message>
    <message>
        <source>Forecast accuracy, last closed periods</source>
        <translation>Точность прогноза, последние закрытые периоды</translation>
    </message>
    <message>
        <source>No closed period: accuracy needs a snapshot on or after a period&apos;s last day.</source>
        <translation>Закрытых периодов нет: для точности нужен снимок в последний день периода или позже.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>WAPE T-14</source>
        <translation>WAPE за 14 дней</translation>
    </message>
    <message>
        <source>WAPE T-7</source>
        <translation>WAPE за 7 дней</translation>
    </message>
    <message>
        <source>Slip rate T-14</source>
        <translation>Доля сдвигов за 14 дней</translation>
    </message>
    <message>
        <source>Slip rate T-7</source>
        <translation>Доля сдвигов за 7 дней</translation>
    </message>
    <message>
        <source>Districts of region %1</source>
        <translation>Территории региона %1</translation>
    </message>
    <message>
        <source>Region median</source>
        <translation>Медиана по региону</translation>
    </message>
    <message>
        <source>Region outliers and dichotomies</source>
        <translation>Выбросы и расхождения в регионе</translation>
    </message>
    <message>
        <source>%1, the previous period</source>
        <translation>%1, предыдущий период</translation>
    </message>
    <message>
        <source>%1, the same period a year before</source>
        <translation>%1, тот же период годом ранее</translation>
    </message>
    <message>
        <source>the plan for %1 in %2</source>
        <translation>план на %1 из %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Over the scope</source>
        <translation>По охвату</translation>
    </message>
    <message>
        <source>Split by deal type</source>
        <translation>По типам сделок</translation>
    </message>
    <message>
        <source>Measured from</source>
        <translation>Из чего</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>База: %1</translation>
    </message>
    <message>
        <source>%1 decided, %2 won</source>
        <translation>с решением %1, выиграно %2</translation>
    </message>
    <message>
        <source>decided deals %1 → %2</source>
        <translation>сделок с решением %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the deal types&apos; shares of the decided deals</source>
        <translation>доли типов сделок среди сделок с решением</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Факт: %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Quarterly review: %1</source>
        <translation>Квартальный обзор: %1</translation>
    </message>
    <message>
        <source>%1 against %2 · as of %3</source>
        <translation>%2 → %1 · на %3</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>плана</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <source>Read at</source>
        <translation>Снимок периода</translation>
    </message>
    <message>
        <source>Baseline read at</source>
        <translation>Снимок базы</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Суммы</translation>
    </message>
    <message>
        <source>%1, whole units</source>
        <translation>%1, с округлением до целых</translation>
    </message>
    <message>
        <source>Generated by DM Cockpit on %1 from the CRM snapshot of %2.</source>
        <translation>Сформировано DM Cockpit %1 по снимку CRM от %2.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <comment>column head</comment>
        <translation>База</translation>
    </message>
    <message>
        <source>Win rate</source>
        <comment>column head</comment>
        <translation>Доля выигр.</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <comment>column head</comment>
        <translation>Ср. сделка</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Won amount</source>
        <comment>column head</comment>
        <translation>Сумма выигр.</translation>
    </message>
    <message>
        <source>Lost, reason</source>
        <comment>column head</comment>
        <translation>С причиной</translation>
    </message>
    <message>
        <source>Lost, no reason</source>
        <comment>column head</comment>
        <translation>Без причины</translation>
    </message>
    <message>
        <source>No decision</source>
        <comment>column head</comment>
        <translation>Без решения</translation>
    </message>
    <message>
        <source>Below, n is the number of decided deals (won and lost); the win rate is won / n.</source>
        <translation>Ниже n — число сделок с решением (выигранных и проигранных); доля выигранных — выиграно / n; «С причиной», «Без причины» — проигранные сделки.</translation>
    </message>
    <message>
        <source>Health fell / flat / rose / no trend</source>
        <translation>Индекс: снизился / не изменился / вырос / без тренда</translation>
    </message>
    <message>
        <source>Renewal deal in Commit / Best Case / Pipeline / none</source>
        <translation>Сделка продления: Commit / Best Case / Pipeline / нет</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Monthly review: %1</source>
        <translation>Обзор месяца: %1</translation>
    </message>
</context>
<context>
    <name>dmc::ReviewText</name>
    <message>
        <source>none</source>
        <comment>no value</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation>предыдущий период</translation>
    </message>
    <message>
        <source>the same period a year before</source>
        <translation>тот же период годом ранее</translation>
    </message>
    <message>
        <source>Bookings %1, %2: %3 against %4 in %5 (%6): %7.</source>
        <translation>Продажи за %1, %2: %3 против %4 за %5 (%6): %7.</translation>
    </message>
    <message>
        <source>Bookings = decided deals × win rate × average won deal. Each term is the factor&apos;s Shapley value: its change averaged over every order in which the factors can change, so the split does not depend on an order. The terms are rounded to the cent and the residue goes to the largest term, so they add up to the difference exactly.</source>
        <translation>Продажи = сделки с решением × доля выигранных сделок × средняя выигранная сделка. Каждое слагаемое — значение Шепли своего множителя: его изменение, усреднённое по всем порядкам, в которых множители могут меняться, поэтому разложение не зависит от порядка. Слагаемые округлены до цента, остаток отнесён к наибольшему слагаемому, и их сумма точно равна разнице.</translation>
    </message>
    <message>
        <source>Volume: %1 (decided deals %2 → %3).</source>
        <translation>Объём: %1 (сделок с решением %2 → %3).</translation>
    </message>
    <message>
        <source>Win rate: %1 (%2 → %3).</source>
        <translation>Доля выигранных сделок: %1 (%2 → %3).</translation>
    </message>
    <message>
        <source>Average won deal: %1 (%2 → %3).</source>
        <translation>Средняя выигранная сделка: %1 (%2 → %3).</translation>
    </message>
    <message>
        <source>Mix: %1 (the groups&apos; shares of the decided deals moved).</source>
        <translation>Структура: %1 (доли групп среди сделок с решением изменились).</translation>
    </message>
    <message>
        <source>Won %1 (%2); lost %3 with a reason (%4) and %5 without one (%6); %7 without a decision (%8).</source>
        <translation>Выиграно %1 (%2); проиграно с причиной %3 (%4) и без причины %5 (%6); без решения %7 (%8).</translation>
    </message>
    <message>
        <source>No deal in the data carries a loss reason: every lost deal counts as lost without a reason.</source>
        <translation>Ни у одной сделки в данных нет причины проигрыша: каждая проигранная сделка считается проигранной без причины.</translation>
    </message>
    <message>
        <source>No deal in the data names a competitor.</source>
        <translation>Ни у одной сделки в данных не указан конкурент.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) lost: shares are given from %1 lost deals.</source>
        <translation>
            <numerusform>Проиграна %n сделка: доли показываются начиная с %1 проигранных сделок.</numerusform>
            <numerusform>Проиграно %n сделки: доли показываются начиная с %1 проигранных сделок.</numerusform>
            <numerusform>Проиграно %n сделок: доли показываются начиная с %1 проигранных сделок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s) created (%2); bookings %3 from %4 won of %5 decided; win rate %6.</source>
        <translation>
            <numerusform>%1: создана %n сделка (%2); продажи %3: выиграно %4 из %5 с решением; доля выигранных сделок %6.</numerusform>
            <numerusform>%1: создано %n сделки (%2); продажи %3: выиграно %4 из %5 с решением; доля выигранных сделок %6.</numerusform>
            <numerusform>%1: создано %n сделок (%2); продажи %3: выиграно %4 из %5 с решением; доля выигранных сделок %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s), ARR %2; health fell %3, flat %4, rose %5, no trend %6; renewal deals in Commit %7, Best Case %8, Pipeline %9, none %10.</source>
        <translation>
            <numerusform>%1: %n клиент, ARR %2; индекс здоровья снизился у %3, не изменился у %4, вырос у %5, без тренда у %6; сделки продления в Commit %7, Best Case %8, Pipeline %9, без сделки %10.</numerusform>
            <numerusform>%1: %n клиента, ARR %2; индекс здоровья снизился у %3, не изменился у %4, вырос у %5, без тренда у %6; сделки продления в Commit %7, Best Case %8, Pipeline %9, без сделки %10.</numerusform>
            <numerusform>%1: %n клиентов, ARR %2; индекс здоровья снизился у %3, не изменился у %4, вырос у %5, без тренда у %6; сделки продления в Commit %7, Best Case %8, Pipeline %9, без сделки %10.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: WAPE T-14 %2, T-7 %3; slip rate T-14 %4, T-7 %5.</source>
        <translation>%1: WAPE за 14 дней %2, за 7 дней %3; доля сдвигов за 14 дней %4, за 7 дней %5.</translation>
    </message>
    <message>
        <source>%1: no snapshot holds the period.</source>
        <translation>%1: ни один снимок не охватывает период.</translation>
    </message>
    <message>
        <source>%1: read at the snapshot of %2, the first on or after the period&apos;s last day.</source>
        <translation>%1: по снимку от %2, первому в последний день периода или после него.</translation>
    </message>
    <message>
        <source>%1: read at the snapshot of %2, before the period&apos;s last day (the period so far).</source>
        <translation>%1: по снимку от %2, до последнего дня периода (период на эту дату).</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>%1: the plan of %2 (no deals behind the planned numbers).</source>
        <translation>%1: план из %2 (за плановыми значениями нет сделок).</translation>
    </message>
</context>
<context>
    <name>dmc::RiskAvailability</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no stage-entered date and no snapshot: time in stage cannot be measured</source>
        <translation>нет дат входа в этап и нет снимков: время на этапе измерить нельзя</translation>
    </message>
    <message>
        <source>no stage-entered date and one snapshot: time in stage cannot be measured</source>
        <translation>нет дат входа в этап и только один снимок: время на этапе измерить нельзя</translation>
    </message>
    <message>
        <source>no account has a renewal date and no deal has a close date</source>
        <translation>ни у одного клиента нет даты продления и ни у одной сделки нет даты закрытия</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no deal has a MEDDPICC level</source>
        <translation>ни у одной сделки нет уровней MEDDPICC</translation>
    </message>
    <message numerus="yes">
        <source>MEDDPICC levels exist for %n of 8 elements (%1), fewer than the threshold of %2 confirmed</source>
        <translation>
            <numerusform>уровни MEDDPICC есть для %n элемента из 8 (%1), это меньше порога в %2 подтверждённых</numerusform>
            <numerusform>уровни MEDDPICC есть для %n элементов из 8 (%1), это меньше порога в %2 подтверждённых</numerusform>
            <numerusform>уровни MEDDPICC есть для %n элементов из 8 (%1), это меньше порога в %2 подтверждённых</numerusform>
        </translation>
    </message>
    <message>
        <source>no deal has a MEDDPICC level for %1</source>
        <translation>ни у одной сделки нет уровня MEDDPICC: %1</translation>
    </message>
    <message>
        <source>no deal has a close date</source>
        <translation>ни у одной сделки нет даты закрытия</translation>
    </message>
    <message>
        <source>no deal has an amount</source>
        <translation>ни у одной сделки нет суммы</translation>
    </message>
    <message>
        <source>no deal has a stage-entered date</source>
        <translation>ни у одной сделки нет даты входа в этап</translation>
    </message>
    <message>
        <source>no deal has a last-activity date</source>
        <translation>ни у одной сделки нет даты последней активности</translation>
    </message>
    <message>
        <source>no snapshot: changes need two</source>
        <translation>нет снимков: для изменений требуются два</translation>
    </message>
    <message>
        <source>only one snapshot: changes need two</source>
        <translation>только один снимок: для изменений требуются два</translation>
    </message>
    <message>
        <source>no deal has a security-review status</source>
        <translation>ни у одной сделки не указан статус проверки ИБ</translation>
    </message>
    <message>
        <source>no deal has a legal-review status</source>
        <translation>ни у одной сделки не указан статус юридической проверки</translation>
    </message>
    <message>
        <source>no deal has a POC status</source>
        <translation>ни у одной сделки не указан статус пилота (POC)</translation>
    </message>
    <message>
        <source>no POC has a start, planned end or check-in date</source>
        <translation>ни у одного пилота нет даты начала, планового завершения или сверки</translation>
    </message>
    <message>
        <source>no account has a health reading</source>
        <translation>ни у одного клиента нет замера индекса здоровья</translation>
    </message>
    <message>
        <source>no account has a renewal date</source>
        <translation>ни у одного клиента нет даты продления</translation>
    </message>
    <message>
        <source>no POC is stored with its checklist, criteria and check-ins (pocs.csv, or POC__c in a Salesforce export)</source>
        <translation>ни один пилот не сохранён с чек-листом, критериями и сверками (pocs.csv или POC__c в выгрузке Salesforce)</translation>
    </message>
    <message>
        <source>no play is stored with its steps (plays.csv and play_steps.csv)</source>
        <translation>не сохранено ни одного сценария с шагами (plays.csv и play_steps.csv)</translation>
    </message>
    <message>
        <source>no stored play names required compliance artifacts and their stage (plays.csv)</source>
        <translation>ни один сохранённый сценарий не называет требуемые документы соответствия и их этап (plays.csv)</translation>
    </message>
    <message>
        <source>no compliance artifact of a deal is stored (compliance.csv)</source>
        <translation>не сохранено ни одного документа соответствия по сделкам (compliance.csv)</translation>
    </message>
    <message>
        <source>no deal task is stored (tasks.csv)</source>
        <translation>не сохранено ни одной задачи по сделкам (tasks.csv)</translation>
    </message>
</context>
<context>
    <name>dmc::RiskDescriber</name>
    <message>
        <source>not started</source>
        <translation>не начата</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>не требуется</translation>
    </message>
    <message numerus="yes">
        <source>In %1 since %2: %n day(s) (limit %3).</source>
        <translation>
            <numerusform>На этапе «%1» с %2: %n день (лимит %3).</numerusform>
            <numerusform>На этапе «%1» с %2: %n дня (лимит %3).</numerusform>
            <numerusform>На этапе «%1» с %2: %n дней (лимит %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered date taken from the first snapshot in this stage.</source>
        <translation>Дата входа в этап взята из первого снимка на этом этапе.</translation>
    </message>
    <message>
        <source>%1 → %2 (snapshot %3)</source>
        <translation>%1 → %2 (снимок %3)</translation>
    </message>
    <message numerus="yes">
        <source>Close date moved later %n time(s) in the last %1 days: %2.</source>
        <translation>
            <numerusform>Дата закрытия сдвигалась на более поздний срок %n раз в пределах окна (дней: %1): %2.</numerusform>
            <numerusform>Дата закрытия сдвигалась на более поздний срок %n раза в пределах окна (дней: %1): %2.</numerusform>
            <numerusform>Дата закрытия сдвигалась на более поздний срок %n раз в пределах окна (дней: %1): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close date %1 is %n day(s) before the as-of date %2.</source>
        <translation>
            <numerusform>Дата закрытия %1 — за %n день до даты среза %2.</numerusform>
            <numerusform>Дата закрытия %1 — за %n дня до даты среза %2.</numerusform>
            <numerusform>Дата закрытия %1 — за %n дней до даты среза %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>In Commit; %1.</source>
        <translation>В Commit; %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the as-of date</source>
        <translation>
            <numerusform>через %n день после даты среза</numerusform>
            <numerusform>через %n дня после даты среза</numerusform>
            <numerusform>через %n дней после даты среза</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the as-of date</source>
        <translation>
            <numerusform>за %n день до даты среза</numerusform>
            <numerusform>за %n дня до даты среза</numerusform>
            <numerusform>за %n дней до даты среза</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, close date %2 (%3); %4.</source>
        <translation>%1, дата закрытия %2 (%3); %4.</translation>
    </message>
    <message>
        <source>Close date %1 (%2); security review: %3.</source>
        <translation>Дата закрытия %1 (%2); проверка ИБ: %3.</translation>
    </message>
    <message>
        <source>POC active since %1, planned end %2, last check-in %3.</source>
        <translation>Пилот идёт с %1, плановое завершение %2, последняя сверка %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past the planned end.</source>
        <translation>
            <numerusform>С планового завершения прошёл %n день.</numerusform>
            <numerusform>С планового завершения прошло %n дня.</numerusform>
            <numerusform>С планового завершения прошло %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) since the last check-in (limit %1).</source>
        <translation>
            <numerusform>%n день с последней сверки (лимит %1).</numerusform>
            <numerusform>%n дня с последней сверки (лимит %1).</numerusform>
            <numerusform>%n дней с последней сверки (лимит %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewal on %1 (in %n day(s)); health %2 on %3 (threshold %4).</source>
        <translation>
            <numerusform>Продление %1 (через %n день); индекс здоровья %2 на %3 (порог %4).</numerusform>
            <numerusform>Продление %1 (через %n дня); индекс здоровья %2 на %3 (порог %4).</numerusform>
            <numerusform>Продление %1 (через %n дней); индекс здоровья %2 на %3 (порог %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change since %1 (health %2): %3 points.</source>
        <translation>Изменение индекса здоровья с %1 (было %2): %3 п.</translation>
    </message>
    <message numerus="yes">
        <source>Last activity %1: %n day(s) before the as-of date (limit %2).</source>
        <translation>
            <numerusform>Последняя активность %1: за %n день до даты среза (лимит %2).</numerusform>
            <numerusform>Последняя активность %1: за %n дня до даты среза (лимит %2).</numerusform>
            <numerusform>Последняя активность %1: за %n дней до даты среза (лимит %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>In Commit with %1 of 8 MEDDPICC elements confirmed (threshold %2); not confirmed: %3.</source>
        <translation>В Commit, подтверждено %1 из 8 элементов MEDDPICC (порог %2); остальные: %3.</translation>
    </message>
    <message>
        <source>In Commit at stage %1 (probability %2, limit %3).</source>
        <translation>В Commit на этапе «%1» (вероятность %2, лимит %3).</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Отложено до %1.</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2</source>
        <translation>Отложено до %1: %2</translation>
    </message>
    <message>
        <source>the as-of date</source>
        <translation>дата среза</translation>
    </message>
    <message>
        <source>Amount %1 → %2 (%3) between snapshots %4 and %5.</source>
        <translation>Сумма %1 → %2 (%3) между снимками %4 и %5.</translation>
    </message>
    <message numerus="yes">
        <source>POC started %1 without %n DOR item(s): %2.</source>
        <translation>
            <numerusform>Пилот начат %1 без %n пункта готовности (DOR): %2.</numerusform>
            <numerusform>Пилот начат %1 без %n пунктов готовности (DOR): %2.</numerusform>
            <numerusform>Пилот начат %1 без %n пунктов готовности (DOR): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POC starts %1; %n DOR item(s) missing at the start: %2.</source>
        <translation>
            <numerusform>Пилот начинается %1; на старте не хватает %n пункта готовности (DOR): %2.</numerusform>
            <numerusform>Пилот начинается %1; на старте не хватает %n пунктов готовности (DOR): %2.</numerusform>
            <numerusform>Пилот начинается %1; на старте не хватает %n пунктов готовности (DOR): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POC without a start date; %n DOR item(s) missing: %1.</source>
        <translation>
            <numerusform>Пилот без даты старта; не хватает %n пункта готовности (DOR): %1.</numerusform>
            <numerusform>Пилот без даты старта; не хватает %n пунктов готовности (DOR): %1.</numerusform>
            <numerusform>Пилот без даты старта; не хватает %n пунктов готовности (DOR): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>POC on day %1 of %2 planned, not ended: planned end %3, %n day(s) past it.</source>
        <translation>
            <numerusform>Пилот на дне %1 из %2 по плану, не окончен: плановая дата окончания %3, прошёл %n день.</numerusform>
            <numerusform>Пилот на дне %1 из %2 по плану, не окончен: плановая дата окончания %3, прошло %n дня.</numerusform>
            <numerusform>Пилот на дне %1 из %2 по плану, не окончен: плановая дата окончания %3, прошло %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No POC check-in for %n day(s) (limit %1): last held %2.</source>
        <translation>
            <numerusform>Нет сверки по пилоту %n день (порог %1): последняя проведена %2.</numerusform>
            <numerusform>Нет сверки по пилоту %n дня (порог %1): последняя проведена %2.</numerusform>
            <numerusform>Нет сверки по пилоту %n дней (порог %1): последняя проведена %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No POC check-in held since the start on %1: %n day(s) (limit %2).</source>
        <translation>
            <numerusform>Со старта %1 ни одной сверки по пилоту: %n день (порог %2).</numerusform>
            <numerusform>Со старта %1 ни одной сверки по пилоту: %n дня (порог %2).</numerusform>
            <numerusform>Со старта %1 ни одной сверки по пилоту: %n дней (порог %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>criterion changed on a date</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>POC started %1; %n criterion(s) changed after the start: %2.</source>
        <translation>
            <numerusform>Пилот начат %1; после старта изменён %n критерий: %2.</numerusform>
            <numerusform>Пилот начат %1; после старта изменены %n критерия: %2.</numerusform>
            <numerusform>Пилот начат %1; после старта изменены %n критериев: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (due by %3)</source>
        <comment>play: step (due by stage)</comment>
        <translation>%1: %2 (к этапу %3)</translation>
    </message>
    <message numerus="yes">
        <source>At %1; %n play step(s) due by this stage not recorded done: %2.</source>
        <translation>
            <numerusform>На этапе %1; %n шаг сценария, положенный к этому этапу, не отмечен выполненным: %2.</numerusform>
            <numerusform>На этапе %1; %n шага сценария, положенных к этому этапу, не отмечены выполненными: %2.</numerusform>
            <numerusform>На этапе %1; %n шагов сценария, положенных к этому этапу, не отмечены выполненными: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, by %3): %3 entered %4, started %5</source>
        <comment>artifact (play, by stage)</comment>
        <translation>%1 (%2, к этапу %3): вход в этап %3 %4, начат %5</translation>
    </message>
    <message>
        <source>%1 (%2, by %3): %3 entered %4, not started</source>
        <comment>artifact (play, by stage)</comment>
        <translation>%1 (%2, к этапу %3): вход в этап %3 %4, не начат</translation>
    </message>
    <message numerus="yes">
        <source>%n required compliance artifact(s) not started by the stage the play names: %1.</source>
        <translation>
            <numerusform>%n требуемый документ соответствия не начат к этапу, который называет сценарий: %1.</numerusform>
            <numerusform>%n требуемых документа соответствия не начаты к этапу, который называет сценарий: %1.</numerusform>
            <numerusform>%n требуемых документов соответствия не начаты к этапу, который называет сценарий: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, due %2 (%n day(s) before the as-of date)</source>
        <comment>task, due date</comment>
        <translation>
            <numerusform>%1, срок %2 (за %n день до даты среза)</numerusform>
            <numerusform>%1, срок %2 (за %n дня до даты среза)</numerusform>
            <numerusform>%1, срок %2 (за %n дней до даты среза)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open partner task(s) with the due date passed: %1.</source>
        <translation>
            <numerusform>%n открытая задача партнёра с прошедшим сроком: %1.</numerusform>
            <numerusform>%n открытые задачи партнёра с прошедшим сроком: %1.</numerusform>
            <numerusform>%n открытых задач партнёра с прошедшим сроком: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::RiskRules</name>
    <message>
        <source>Stale stage</source>
        <comment>stale_stage</comment>
        <translation>Долго на этапе</translation>
    </message>
    <message>
        <source>Days in the current stage above the limit for that stage.</source>
        <comment>stale_stage</comment>
        <translation>Число дней на текущем этапе больше лимита для этого этапа.</translation>
    </message>
    <message>
        <source>Close date pushed</source>
        <comment>close_date_pushed</comment>
        <translation>Дата закрытия сдвигалась</translation>
    </message>
    <message>
        <source>Close date moved later at least the given number of times within the window.</source>
        <comment>close_date_pushed</comment>
        <translation>Дата закрытия сдвигалась на более поздний срок не меньше заданного числа раз в пределах окна.</translation>
    </message>
    <message>
        <source>Past close date</source>
        <comment>past_close_date</comment>
        <translation>Дата закрытия прошла</translation>
    </message>
    <message>
        <source>Open deal with a close date before the as-of date.</source>
        <comment>past_close_date</comment>
        <translation>Открытая сделка с датой закрытия раньше даты среза.</translation>
    </message>
    <message>
        <source>Commit without champion or economic buyer</source>
        <comment>commit_without_champion_or_eb</comment>
        <translation>Commit без чемпиона или экономического покупателя</translation>
    </message>
    <message>
        <source>Deal in Commit where Champion or Economic buyer is not confirmed.</source>
        <comment>commit_without_champion_or_eb</comment>
        <translation>Сделка в Commit, где не подтверждён чемпион или экономический покупатель.</translation>
    </message>
    <message>
        <source>Paper process unmapped</source>
        <comment>paper_process_unmapped</comment>
        <translation>Процесс оформления не подтверждён</translation>
    </message>
    <message>
        <source>Commit or Best Case deal closing within the window with Paper process not confirmed.</source>
        <comment>paper_process_unmapped</comment>
        <translation>Сделка в Commit или Best Case с закрытием в пределах окна, у которой не подтверждён процесс оформления.</translation>
    </message>
    <message>
        <source>Security review not started</source>
        <comment>security_review_not_started</comment>
        <translation>Проверка ИБ не начата</translation>
    </message>
    <message>
        <source>Deal closing within the window whose security review has not started.</source>
        <comment>security_review_not_started</comment>
        <translation>Сделка с закрытием в пределах окна, по которой не начата проверка ИБ.</translation>
    </message>
    <message>
        <source>POC overrun or idle</source>
        <comment>poc_overrun_or_idle</comment>
        <translation>Пилот просрочен или без сверки</translation>
    </message>
    <message>
        <source>Active POC past its planned end, or without a check-in for more than the given days.</source>
        <comment>poc_overrun_or_idle</comment>
        <translation>Идущий пилот после планового завершения или без сверки дольше заданного числа дней.</translation>
    </message>
    <message>
        <source>Renewal health</source>
        <comment>renewal_health</comment>
        <translation>Индекс здоровья перед продлением</translation>
    </message>
    <message>
        <source>Renewal deal renewing within the window whose account health is below the threshold or dropped by the given points within the change window.</source>
        <comment>renewal_health</comment>
        <translation>Сделка продления с датой в пределах окна; индекс здоровья клиента ниже порога или снизился на заданное число пунктов в пределах окна изменений.</translation>
    </message>
    <message>
        <source>No recent activity</source>
        <comment>no_recent_activity</comment>
        <translation>Нет недавней активности</translation>
    </message>
    <message>
        <source>Last activity more than the given days before the as-of date.</source>
        <comment>no_recent_activity</comment>
        <translation>Последняя активность была раньше даты среза больше чем на заданное число дней.</translation>
    </message>
    <message>
        <source>Amount dropped</source>
        <comment>amount_dropped</comment>
        <translation>Сумма снизилась</translation>
    </message>
    <message>
        <source>Amount down by at least the given percent since the previous snapshot.</source>
        <comment>amount_dropped</comment>
        <translation>Сумма снизилась не меньше чем на заданный процент с предыдущего снимка.</translation>
    </message>
    <message>
        <source>MEDDPICC incomplete</source>
        <comment>meddpicc_incomplete</comment>
        <translation>MEDDPICC заполнен не полностью</translation>
    </message>
    <message>
        <source>Deal in Commit with fewer MEDDPICC elements confirmed than the threshold.</source>
        <comment>meddpicc_incomplete</comment>
        <translation>Сделка в Commit, у которой подтверждено меньше элементов MEDDPICC, чем задано порогом.</translation>
    </message>
    <message>
        <source>Early-stage commit</source>
        <comment>early_stage_commit</comment>
        <translation>Commit на раннем этапе</translation>
    </message>
    <message>
        <source>Deal in Commit at a stage with probability below the limit.</source>
        <comment>early_stage_commit</comment>
        <translation>Сделка в Commit на этапе с вероятностью ниже лимита.</translation>
    </message>
    <message>
        <source>POC started without DOR items</source>
        <comment>poc_started_without_dor</comment>
        <translation>Пилот начат без пунктов готовности (DOR)</translation>
    </message>
    <message>
        <source>Running or planned POC with required definition-of-ready items missing at its start.</source>
        <comment>poc_started_without_dor</comment>
        <translation>Идущий или запланированный пилот, у которого на старте нет обязательных пунктов готовности (DOR).</translation>
    </message>
    <message>
        <source>POC past planned end</source>
        <comment>poc_past_planned_end</comment>
        <translation>Пилот после плановой даты окончания</translation>
    </message>
    <message>
        <source>POC started and not ended with its planned end before the as-of date.</source>
        <comment>poc_past_planned_end</comment>
        <translation>Пилот начат и не окончен, плановая дата окончания раньше даты среза.</translation>
    </message>
    <message>
        <source>No POC check-in</source>
        <comment>poc_no_check_in</comment>
        <translation>Нет сверки по пилоту</translation>
    </message>
    <message>
        <source>Running POC without a check-in held for more than the given days (since its start when none was held).</source>
        <comment>poc_no_check_in</comment>
        <translation>Идущий пилот без проведённой сверки дольше заданного числа дней (со старта, если сверок не было).</translation>
    </message>
    <message>
        <source>POC criteria changed after the start</source>
        <comment>poc_criteria_changed</comment>
        <translation>Критерии пилота изменены после старта</translation>
    </message>
    <message>
        <source>Running POC with success criteria changed after its start.</source>
        <comment>poc_criteria_changed</comment>
        <translation>Идущий пилот, у которого критерии успеха изменены после старта.</translation>
    </message>
    <message>
        <source>Play step past its stage</source>
        <comment>play_step_past_stage</comment>
        <translation>Шаг сценария не выполнен к этапу</translation>
    </message>
    <message>
        <source>Deal meeting a play&apos;s criteria at or after the stage a step of the play is due by, with that step not recorded done by a task.</source>
        <comment>play_step_past_stage</comment>
        <translation>Сделка, подходящая под условия сценария, на этапе, к которому положен шаг сценария, или позже, а шаг не отмечен выполненным ни в одной задаче.</translation>
    </message>
    <message>
        <source>Compliance artifact not started at the stage</source>
        <comment>compliance_not_started</comment>
        <translation>Документ соответствия не начат к этапу</translation>
    </message>
    <message>
        <source>Deal that entered the stage a play it meets names for a required compliance artifact, with the artifact not started by then (no start date, or a later one).</source>
        <comment>compliance_not_started</comment>
        <translation>Сделка вошла в этап, который подходящий ей сценарий называет для требуемого документа соответствия, а документ к тому моменту не начат (даты начала нет или она позже).</translation>
    </message>
    <message>
        <source>Partner tasks past due</source>
        <comment>partner_task_overdue</comment>
        <translation>Срок задач партнёра прошёл</translation>
    </message>
    <message>
        <source>Open deal task owned by the partner role with its due date before the as-of date.</source>
        <comment>partner_task_overdue</comment>
        <translation>Открытая задача по сделке с ролью «партнёр», срок которой раньше даты среза.</translation>
    </message>
</context>
<context>
    <name>dmc::RoleTree</name>
    <message>
        <source>role &quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>роль «%1» указана дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>parent role &quot;%1&quot; is not in %2</source>
        <translation>родительской роли «%1» нет в %2</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is its own ancestor (%2)</source>
        <translation>роль «%1» оказывается собственным предком (%2)</translation>
    </message>
</context>
<context>
    <name>dmc::RowReader</name>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>нет обязательного столбца «%1»</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1: значение не указано</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (expected %3)</source>
        <translation>%1 «%2» — не дата (ожидается %3)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount</source>
        <translation>%1 «%2» — не сумма</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>%1 «%2» — не целое число от %3 до %4</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive number</source>
        <translation>%1 «%2» — не положительное число</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not 0 or 1</source>
        <translation>%1 «%2» — не 0 и не 1</translation>
    </message>
    <message>
        <source>the required column is missing: none of %1 is in the header</source>
        <translation>нет обязательного столбца: в заголовке нет ни одного из %1</translation>
    </message>
</context>
<context>
    <name>dmc::RuleSet</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>некорректный JSON (%1)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>unsupported version (expected 1)</source>
        <translation>неподдерживаемая версия (ожидается 1)</translation>
    </message>
    <message>
        <source>expected a list of rules</source>
        <translation>ожидается список правил</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; appears twice</source>
        <translation>правило «%1» указано дважды</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; is missing</source>
        <translation>правило «%1» отсутствует</translation>
    </message>
    <message>
        <source>expected the rule id as text</source>
        <translation>ожидается ID правила в виде текста</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>неизвестное правило «%1»</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>unknown parameter for rule &quot;%1&quot;</source>
        <translation>неизвестный параметр правила «%1»</translation>
    </message>
    <message>
        <source>only the stale_stage rule has stage limits</source>
        <translation>лимиты по этапам есть только у правила stale_stage</translation>
    </message>
    <message>
        <source>expected a stage name</source>
        <translation>ожидается название этапа</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ожидается целое число от %1 до %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot;</source>
        <translation>настройка «%1»</translation>
    </message>
    <message>
        <source>your setting &quot;%1&quot;</source>
        <translation>ваша настройка «%1»</translation>
    </message>
</context>
<context>
    <name>dmc::SalesforceImporter</name>
    <message>
        <source>unknown stage &quot;%1&quot;: add it to the profile</source>
        <translation>неизвестный этап «%1»: добавьте его в профиль</translation>
    </message>
    <message>
        <source>unknown forecast category &quot;%1&quot;</source>
        <translation>неизвестная категория прогноза «%1»</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is listed twice</source>
        <translation>валюта «%1» указана дважды</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is listed twice</source>
        <translation>клиент «%1» указан дважды</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not in CurrencyType.csv</source>
        <translation>валюты «%1» нет в CurrencyType.csv</translation>
    </message>
    <message>
        <source>opportunity &quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>сделка «%1» указана дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>opportunity types not in the profile, read as new: %1</source>
        <translation>типы сделок, которых нет в профиле, прочитаны как новые: %1</translation>
    </message>
    <message>
        <source>CreatedDate &quot;%1&quot; is not a date</source>
        <translation>CreatedDate «%1» — не дата</translation>
    </message>
    <message>
        <source>opportunity &quot;%1&quot; is not in Opportunity.csv</source>
        <translation>сделки «%1» нет в Opportunity.csv</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; has two rates from %2</source>
        <translation>у валюты «%1» два курса с %2</translation>
    </message>
    <message>
        <source>quotas of users who own no opportunity left out: %1</source>
        <translation>планы пользователей без сделок не учтены: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account-territory row(s) with several active users in the territory: no owner from them</source>
        <translation>
            <numerusform>%n строка привязки клиента к территории с несколькими активными пользователями: владелец по ней не определён</numerusform>
            <numerusform>%n строки привязки клиентов к территориям с несколькими активными пользователями: владелец по ним не определён</numerusform>
            <numerusform>%n строк привязки клиентов к территориям с несколькими активными пользователями: владелец по ним не определён</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not none, planned, active, complete or failed</source>
        <translation>недопустимое значение «%1»: допустимы none, planned, active, complete и failed</translation>
    </message>
</context>
<context>
    <name>dmc::SalesforcePartners</name>
    <message>
        <source>deal &quot;%1&quot; is not in %2</source>
        <translation>сделки «%1» нет в %2</translation>
    </message>
    <message>
        <source>deal &quot;%1&quot; has another primary partner, &quot;%2&quot; (%3, line %4)</source>
        <translation>у сделки «%1» уже есть другой основной партнёр, «%2» (%3, строка %4)</translation>
    </message>
    <message>
        <source>%1 is not read without %2, which gives the campaigns&apos; types and partners</source>
        <translation>%1 не прочитан без %2, где указаны типы и партнёры кампаний</translation>
    </message>
    <message>
        <source>campaign &quot;%1&quot; is listed twice (first on line %2)</source>
        <translation>кампания «%1» указана дважды (впервые в строке %2)</translation>
    </message>
    <message>
        <source>campaign &quot;%1&quot; is not in %2</source>
        <translation>кампании «%1» нет в %2</translation>
    </message>
    <message>
        <source>partner accounts not in %1, shown by their id: %2</source>
        <translation>партнёров нет в %1, они показаны по ID: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) with another primary partner in the partner files than on the opportunity: the partner files&apos; is read</source>
        <translation>
            <numerusform>%n сделка, у которой в файлах партнёров другой основной партнёр, чем в самой сделке: прочитан партнёр из файлов партнёров</numerusform>
            <numerusform>%n сделки, у которых в файлах партнёров другой основной партнёр, чем в самой сделке: прочитан партнёр из файлов партнёров</numerusform>
            <numerusform>%n сделок, у которых в файлах партнёров другой основной партнёр, чем в самой сделке: прочитан партнёр из файлов партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) with partner dates but neither a primary nor a single partner: their partner dates are not read</source>
        <translation>
            <numerusform>%n сделка с датами партнёра, но без основного или единственного партнёра: эти даты не прочитаны</numerusform>
            <numerusform>%n сделки с датами партнёра, но без основного или единственного партнёра: эти даты не прочитаны</numerusform>
            <numerusform>%n сделок с датами партнёра, но без основного или единственного партнёра: эти даты не прочитаны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n %1 row(s) on partner campaigns naming no partner account, on deals with neither a primary nor a single partner: not read</source>
        <translation>
            <numerusform>%n строка %1 о партнёрской кампании без указанного партнёра, по сделке без основного или единственного партнёра: не прочитана</numerusform>
            <numerusform>%n строки %1 о партнёрских кампаниях без указанного партнёра, по сделкам без основного или единственного партнёра: не прочитаны</numerusform>
            <numerusform>%n строк %1 о партнёрских кампаниях без указанного партнёра, по сделкам без основного или единственного партнёра: не прочитаны</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::SalesforceReps</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is not in %2</source>
        <translation>роли «%1» нет в %2</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; is listed twice</source>
        <translation>пользователь «%1» указан дважды</translation>
    </message>
    <message numerus="yes">
        <source>%n users own no opportunity and are not reps: %1</source>
        <translation>
            <numerusform>%n пользователь не владеет ни одной сделкой и не считается менеджером: %1</numerusform>
            <numerusform>%n пользователя не владеют ни одной сделкой и не считаются менеджерами: %1</numerusform>
            <numerusform>%n пользователей не владеют ни одной сделкой и не считаются менеджерами: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive users kept as reps for their deals: %1</source>
        <translation>неактивные пользователи остаются менеджерами своих сделок: %1</translation>
    </message>
    <message>
        <source>deal owners without a role (no district or region from roles): %1</source>
        <translation>владельцы сделок без роли (территория и регион по ролям не определены): %1</translation>
    </message>
    <message>
        <source>district_from &quot;%1&quot; lies above the roles of %2: their own role is their district</source>
        <translation>district_from «%1» выше ролей пользователей %2: их территория — их собственная роль</translation>
    </message>
    <message>
        <source>region_from &quot;%1&quot; lies above the roles of %2: their own role is their region</source>
        <translation>region_from «%1» выше ролей пользователей %2: их регион — их собственная роль</translation>
    </message>
</context>
<context>
    <name>dmc::SavedViews</name>
    <message>
        <source>A view&apos;s name is 1 to 80 characters.</source>
        <translation>Имя вида — от 1 до 80 символов.</translation>
    </message>
</context>
<context>
    <name>dmc::Scope</name>
    <message>
        <source>All reps</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>Регион %1</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Территория %1</translation>
    </message>
</context>
<context>
    <name>dmc::ScopeTrendDetector</name>
    <message>
        <source>%1 at the snapshot of %2.</source>
        <translation>%1 на снимке от %2.</translation>
    </message>
    <message>
        <source>%1: open pipeline for %2 went from %3 on %4 to %5 on %6 (%7, %8).</source>
        <translation>%1: открытая воронка за %2 изменилась с %3 (%4) до %5 (%6): %7, %8.</translation>
    </message>
    <message>
        <source>%1: commit forecast (won + Commit) for %2 went from %3 on %4 to %5 on %6 (%7, %8).</source>
        <translation>%1: прогноз Commit (выиграно + Commit) за %2 изменился с %3 (%4) до %5 (%6): %7, %8.</translation>
    </message>
</context>
<context>
    <name>dmc::SegmentedBridge</name>
    <message>
        <source>New</source>
        <comment>deal type</comment>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Expansion</source>
        <comment>deal type</comment>
        <translation>Расширение</translation>
    </message>
    <message>
        <source>Renewal</source>
        <comment>deal type</comment>
        <translation>Продление</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Без сегмента</translation>
    </message>
</context>
<context>
    <name>dmc::SourceGroups</name>
    <message>
        <source>Inbound</source>
        <comment>source group</comment>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Outbound</source>
        <comment>source group</comment>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>source group</comment>
        <translation>Партнёрские</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>source group</comment>
        <translation>Прочие</translation>
    </message>
</context>
<context>
    <name>dmc::StageDurationDetector</name>
    <message>
        <source>%1 of %2&apos;s %3 completed %4 stays that ended %5: %6.</source>
        <translation>%1 завершённых пребываний менеджера %2 на этапе «%4» с окончанием %5 (пребываний: %3): %6.</translation>
    </message>
    <message>
        <source>%1: in %2 for %3 (since %4); the %5 of %6&apos;s %7 completed %2 stays that ended %8 is %9.</source>
        <translation>%1: на этапе «%2» %3 (с %4); %5 завершённых пребываний менеджера %6 на этапе «%2» с окончанием %8 (пребываний: %7) — %9.</translation>
    </message>
</context>
<context>
    <name>dmc::StoredCurrencies</name>
    <message>
        <source>cannot read the stored currencies</source>
        <translation>не удалось прочитать валюты базы данных</translation>
    </message>
</context>
<context>
    <name>dmc::TermLabelStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot read the glossary</source>
        <translation>не удалось прочитать глоссарий</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: the glossary holds %2.</source>
        <translation>Неизвестный вид «%1»: в глоссарии есть виды: %2.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: the glossary holds labels in %2.</source>
        <translation>Неизвестный язык «%1»: в глоссарии есть названия на языках: %2.</translation>
    </message>
    <message>
        <source>The term is empty: give the name as the CRM writes it.</source>
        <translation>Термин пуст: укажите название так, как его пишет CRM.</translation>
    </message>
    <message>
        <source>cannot save the label</source>
        <translation>не удалось сохранить название</translation>
    </message>
    <message>
        <source>cannot add the default labels</source>
        <translation>не удалось добавить названия по умолчанию</translation>
    </message>
</context>
<context>
    <name>dmc::TerritoryCsv</name>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Rep ID</source>
        <translation>ID менеджера</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Открытая воронка</translation>
    </message>
    <message>
        <source>Renewals in the period</source>
        <translation>Продления в периоде</translation>
    </message>
    <message>
        <source>Accounts without an open deal</source>
        <translation>Клиенты без открытой сделки</translation>
    </message>
    <message>
        <source>Accounts index</source>
        <translation>Индекс клиентов</translation>
    </message>
    <message>
        <source>ARR index</source>
        <translation>Индекс ARR</translation>
    </message>
    <message>
        <source>Open pipeline index</source>
        <translation>Индекс открытой воронки</translation>
    </message>
    <message>
        <source>Renewals index</source>
        <translation>Индекс продлений</translation>
    </message>
    <message>
        <source>Without an open deal index</source>
        <translation>Индекс клиентов без открытой сделки</translation>
    </message>
    <message>
        <source>Account IDs</source>
        <translation>ID клиентов</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>нет владельца</translation>
    </message>
    <message>
        <source>inactive owner</source>
        <translation>владелец не работает</translation>
    </message>
</context>
<context>
    <name>dmc::TextDecoder</name>
    <message>
        <source>the encoding &quot;%1&quot; is not supported</source>
        <translation>кодировка «%1» не поддерживается</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1: the file mixes encodings</source>
        <translation>недопустимый байт UTF-8 0x%1: в файле смешаны кодировки</translation>
    </message>
    <message>
        <source>%1: not UTF-8, read as %2</source>
        <translation>%1: не UTF-8, прочитан как %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n NUL byte(s) removed</source>
        <translation>
            <numerusform>%1: удалён %n байт NUL</numerusform>
            <numerusform>%1: удалено %n байта NUL</numerusform>
            <numerusform>%1: удалено %n байтов NUL</numerusform>
        </translation>
    </message>
    <message>
        <source>no valid UTF-8 found; the high bytes look like %1: try `&quot;encoding&quot;: &quot;auto&quot;`</source>
        <translation>корректного UTF-8 не найдено; старшие байты похожи на %1: попробуйте `&quot;encoding&quot;: &quot;auto&quot;`</translation>
    </message>
    <message>
        <source>mostly not UTF-8 (%1 invalid bytes, %2 valid sequences, the first invalid byte 0x%3); the high bytes look like %4: try `&quot;encoding&quot;: &quot;auto&quot;`</source>
        <translation>в основном не UTF-8 (недопустимых байтов: %1, допустимых последовательностей: %2, первый недопустимый байт 0x%3); старшие байты похожи на %4: попробуйте `&quot;encoding&quot;: &quot;auto&quot;`</translation>
    </message>
</context>
<context>
    <name>dmc::UnknownStages</name>
    <message numerus="yes">
        <source>(%n rows)</source>
        <translation>
            <numerusform>(%n строка)</numerusform>
            <numerusform>(%n строки)</numerusform>
            <numerusform>(%n строк)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) of the export are not in the stage ladder, each with its first row:</source>
        <translation>
            <numerusform>%n этап выгрузки не найден в списке этапов, с первой строкой каждого:</numerusform>
            <numerusform>%n этапа выгрузки не найдены в списке этапов, с первой строкой каждого:</numerusform>
            <numerusform>%n этапов выгрузки не найдены в списке этапов, с первой строкой каждого:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %2 (%n row(s))</source>
        <translation>
            <numerusform>«%1»: %2 (%n строка)</numerusform>
            <numerusform>«%1»: %2 (%n строки)</numerusform>
            <numerusform>«%1»: %2 (%n строк)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::Workspace</name>
    <message>
        <source>The saved risk filters could not be read; the defaults apply. %1</source>
        <translation>Сохранённые фильтры риска не удалось прочитать; действуют значения по умолчанию. %1</translation>
    </message>
    <message>
        <source>The DM&apos;s follow-ups could not be read. %1</source>
        <translation>Поручения руководителя не удалось прочитать. %1</translation>
    </message>
</context>
<context>
    <name>dmc::WorkspaceChoices</name>
    <message>
        <source>Whole company</source>
        <translation>Вся компания</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Без региона</translation>
    </message>
</context>
<context>
    <name>dmc::app</name>
    <message>
        <source>SCOPE</source>
        <translation>ОХВАТ</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ПЕРИОД</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>The --db FILE option is required.</source>
        <translation>Укажите параметр --db ФАЙЛ.</translation>
    </message>
    <message>
        <source>No rep in the database matches the scope &quot;%1&quot;.</source>
        <translation>В базе данных нет менеджеров в охвате «%1».</translation>
    </message>
    <message>
        <source>The database file, or a team database as postgresql://user@host:port/database.</source>
        <translation>Файл базы данных или командная база в виде postgresql://пользователь@хост:порт/база.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>ФАЙЛ|URL</translation>
    </message>
    <message>
        <source>Usage: dmcockpit %1 [options]</source>
        <translation>Использование: dmcockpit %1 [параметры]</translation>
    </message>
    <message>
        <source>The file format: %1.</source>
        <translation>Формат файла: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>ФОРМАТ</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ПУТЬ</translation>
    </message>
    <message>
        <source>PDF paper: a4 or letter (default: letter in English, a4 in Russian).</source>
        <translation>Формат бумаги PDF: a4 или letter (по умолчанию letter для английского, a4 для русского).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>РАЗМЕР</translation>
    </message>
    <message>
        <source>--format takes one of: %1.</source>
        <translation>--format принимает одно из значений: %1.</translation>
    </message>
    <message>
        <source>--page-size takes a4 or letter.</source>
        <translation>--page-size принимает a4 или letter.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Не удаётся записать файл: %1</translation>
    </message>
    <message>
        <source>dmcockpit: no screen to open the window on (DISPLAY and WAYLAND_DISPLAY name none). Run it under a virtual screen with `xvfb-run -a dmcockpit`, or use the commands without a window: `dmcockpit --help`.</source>
        <translation>dmcockpit: нет экрана, на котором можно открыть окно (DISPLAY и WAYLAND_DISPLAY не заданы). Запустите программу на виртуальном экране: `xvfb-run -a dmcockpit`, или пользуйтесь командами без окна: `dmcockpit --help`.</translation>
    </message>
    <message>
        <source>DM Cockpit</source>
        <translation>DM Cockpit</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 принимает дату в виде ГГГГ-ММ-ДД, а не «%2».</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>all, region:NAME, district:NAME or rep:ID (default: all).</source>
        <translation>all, region:НАЗВАНИЕ, district:НАЗВАНИЕ или rep:ID (по умолчанию all).</translation>
    </message>
    <message>
        <source>--scope takes all, region:NAME, district:NAME or rep:ID, not &quot;%1&quot;.</source>
        <translation>--scope принимает all, region:НАЗВАНИЕ, district:НАЗВАНИЕ или rep:ID, а не «%1».</translation>
    </message>
    <message>
        <source>The database holds no snapshots yet.</source>
        <translation>В базе данных пока нет снимков.</translation>
    </message>
    <message>
        <source>No closed period: accuracy needs a snapshot on or after a period&apos;s last day.</source>
        <translation>Нет закрытых периодов: для точности прогноза нужен снимок на последний день периода или позже.</translation>
    </message>
    <message>
        <source>Forecast accuracy %1, scope %2 (%3)</source>
        <translation>Точность прогноза, %1, охват: %2 (%3)</translation>
    </message>
    <message>
        <source>No snapshot on or after %1 yet.</source>
        <translation>Снимков на %1 или позже пока нет.</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>F T-14</source>
        <translation>П за 14 дней</translation>
    </message>
    <message>
        <source>F/A T-14</source>
        <translation>П/Ф за 14 дней</translation>
    </message>
    <message>
        <source>F T-7</source>
        <translation>П за 7 дней</translation>
    </message>
    <message>
        <source>F/A T-7</source>
        <translation>П/Ф за 7 дней</translation>
    </message>
    <message>
        <source>WAPE %1: T-14 %2, T-7 %3</source>
        <translation>WAPE %1: за 14 дней %2, за 7 дней %3</translation>
    </message>
    <message>
        <source>Slip rate: T-14 %1 (%2 of %3), T-7 %4</source>
        <translation>Доля сдвигов: за 14 дней %1 (%2 из %3), за 7 дней %4</translation>
    </message>
    <message>
        <source>Forecast accuracy (WAPE) and slip rate of closed periods.</source>
        <translation>Точность прогноза (WAPE) и доля сдвигов по закрытым периодам.</translation>
    </message>
    <message>
        <source>The order of the reps: gap (largest first, default) or name.</source>
        <translation>Порядок менеджеров: gap (сначала наибольший разрыв, по умолчанию) или name (по имени).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ПОРЯДОК</translation>
    </message>
    <message>
        <source>--order takes gap or name.</source>
        <translation>--order принимает gap или name.</translation>
    </message>
    <message>
        <source>PDF needs -o PATH.</source>
        <translation>Для PDF укажите -o ПУТЬ.</translation>
    </message>
    <message>
        <source>The forecast-call agenda: Markdown, HTML, PDF, CSV, JSON.</source>
        <translation>Повестка созвона по прогнозу: Markdown, HTML, PDF, CSV, JSON.</translation>
    </message>
    <message>
        <source>Pipeline changes %1, %2 to %3, scope %4 (%5)</source>
        <translation>Изменения воронки, %1, с %2 по %3, охват: %4 (%5)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>На начало</translation>
    </message>
    <message>
        <source>Category moves in</source>
        <translation>Переход в категорию</translation>
    </message>
    <message>
        <source>Category moves out</source>
        <translation>Переход из категории</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>На конец</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(удалена)</translation>
    </message>
    <message>
        <source>(reopened)</source>
        <translation>(открыта снова)</translation>
    </message>
    <message>
        <source>Opening + movements = closing in every category.</source>
        <translation>На начало + движения = на конец в каждой категории.</translation>
    </message>
    <message>
        <source>Opening + movements differ from closing.</source>
        <translation>На начало + движения не совпадают с суммой на конец.</translation>
    </message>
    <message>
        <source>Pipeline changes between two snapshots.</source>
        <translation>Изменения воронки между двумя снимками.</translation>
    </message>
    <message>
        <source>A team database is checked by its server; nothing to do here.</source>
        <translation>Командную базу проверяет её сервер; здесь проверять нечего.</translation>
    </message>
    <message>
        <source>%1: ok, no problems found.</source>
        <translation>%1: проблем не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problems found:</source>
        <translation>
            <numerusform>%1: найдена %n проблема:</numerusform>
            <numerusform>%1: найдены %n проблемы:</numerusform>
            <numerusform>%1: найдено %n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest backup is %1.</source>
        <translation>Последняя резервная копия: %1.</translation>
    </message>
    <message>
        <source>Check the whole database file for damage.</source>
        <translation>Проверить весь файл базы данных на повреждения.</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>покрыто</translation>
    </message>
    <message>
        <source>Cockpit %1, as of %2, scope %3 (%4)</source>
        <translation>Сводка, %1, по состоянию на %2, охват: %3 (%4)</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best Case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Отклонения</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) left; required weekly run rate %1.</source>
        <translation>
            <numerusform>Осталась %n неделя; требуемый темп в неделю %1.</numerusform>
            <numerusform>Осталось %n недели; требуемый темп в неделю %1.</numerusform>
            <numerusform>Осталось %n недель; требуемый темп в неделю %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next period %1: pipeline %2, coverage %3.</source>
        <translation>Следующий период %1: воронка %2, покрытие %3.</translation>
    </message>
    <message>
        <source>Path to plan, coverage and the team table.</source>
        <translation>Путь к плану, покрытие и таблица команды.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 принимает целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Начальное значение генератора случайных чисел (по умолчанию 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of reps, in districts of about 10 (default: 3 districts of 8-10).</source>
        <translation>Число менеджеров, по территориям примерно по 10 (по умолчанию 3 территории по 8–10).</translation>
    </message>
    <message>
        <source>Number of deals (default 900).</source>
        <translation>Число сделок (по умолчанию 900).</translation>
    </message>
    <message>
        <source>Weekly snapshots (default 26).</source>
        <translation>Число еженедельных снимков (по умолчанию 26).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Лишний аргумент: %1</translation>
    </message>
    <message numerus="yes">
        <source>Demo written to %1: %n deals</source>
        <translation>
            <numerusform>Демоданные записаны в %1: %n сделка</numerusform>
            <numerusform>Демоданные записаны в %1: %n сделки</numerusform>
            <numerusform>Демоданные записаны в %1: %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot dates, the last %1</source>
        <translation>
            <numerusform>%n дата снимка, последняя — %1</numerusform>
            <numerusform>%n даты снимков, последняя — %1</numerusform>
            <numerusform>%n дат снимков, последняя — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the demo district database.</source>
        <translation>Создать демонстрационную базу данных.</translation>
    </message>
    <message>
        <source>Only the hits of one rule (its id).</source>
        <translation>Только срабатывания одного правила (по его ID).</translation>
    </message>
    <message>
        <source>Print CSV (spreadsheet-safe).</source>
        <translation>Вывести CSV (значения, начинающиеся с =, +, - или @, предваряются апострофом, чтобы Excel не принял их за формулы).</translation>
    </message>
    <message>
        <source>Also list the hits a snooze hides.</source>
        <translation>Показать и отложенные срабатывания.</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>Укажите что-то одно: --json или --csv.</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;. Rules: %2.</source>
        <translation>Неизвестное правило «%1». Правила: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) as of %1, scope %2.</source>
        <translation>
            <numerusform>%n отклонение по состоянию на %1, охват: %2.</numerusform>
            <numerusform>%n отклонения по состоянию на %1, охват: %2.</numerusform>
            <numerusform>%n отклонений по состоянию на %1, охват: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed:</source>
        <translation>
            <numerusform>%n отложенное срабатывание:</numerusform>
            <numerusform>%n отложенных срабатывания:</numerusform>
            <numerusform>%n отложенных срабатываний:</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk filter hits with their evidence (JSON or CSV).</source>
        <translation>Срабатывания фильтров риска с основаниями (JSON или CSV).</translation>
    </message>
    <message>
        <source>The folder to write the CSV files to.</source>
        <translation>Папка для файлов CSV.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <source>The -o DIR option is required.</source>
        <translation>Укажите параметр -o ПАПКА.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>В %1 записан %n файл.</numerusform>
            <numerusform>В %1 записано %n файла.</numerusform>
            <numerusform>В %1 записано %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the CRM data as canonical CSV files.</source>
        <translation>Выгрузить данные CRM в канонические файлы CSV.</translation>
    </message>
    <message>
        <source>canonical, salesforce, maven, bitrix24, amocrm, or the path of a profile JSON file.</source>
        <translation>canonical, salesforce, maven, bitrix24, amocrm или путь к файлу профиля JSON.</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>ПРОФИЛЬ</translation>
    </message>
    <message>
        <source>Import the valid rows and write the rejected ones to a CSV beside the database.</source>
        <translation>Импортировать корректные строки, а отбракованные записать в CSV рядом с базой данных.</translation>
    </message>
    <message>
        <source>Date of the snapshot for sources without history (default: the latest date in the data).</source>
        <translation>Дата снимка для источников без истории (по умолчанию — самая поздняя дата в данных).</translation>
    </message>
    <message>
        <source>Exchange rates for the export&apos;s currencies: a CSV with code, rate and optional start_date, is_reporting (or Salesforce&apos;s CurrencyType.csv / DatedConversionRate.csv). May be given more than once.</source>
        <translation>Курсы для валют выгрузки: CSV с колонками code, rate и необязательными start_date, is_reporting (или CurrencyType.csv / DatedConversionRate.csv из Salesforce). Можно указать несколько раз.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Files or folders of the export.</source>
        <translation>Файлы или папки выгрузки.</translation>
    </message>
    <message>
        <source>Give at least one file or folder to import.</source>
        <translation>Укажите хотя бы один файл или папку для импорта.</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD.</source>
        <translation>--as-of принимает дату в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; ничего не импортировано</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>This export was imported before; nothing changed (import #%1 recorded as skipped).</source>
        <translation>Эта выгрузка уже импортировалась; ничего не изменено (импорт № %1 записан как пропущенный).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n opportunities</source>
        <translation>
            <numerusform>Импортирована %n сделка</numerusform>
            <numerusform>Импортированы %n сделки</numerusform>
            <numerusform>Импортировано %n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot rows</source>
        <translation>
            <numerusform>%n строка снимков</numerusform>
            <numerusform>%n строки снимков</numerusform>
            <numerusform>%n строк снимков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows read</source>
        <translation>
            <numerusform>прочитана %n строка</numerusform>
            <numerusform>прочитаны %n строки</numerusform>
            <numerusform>прочитано %n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n отбракована</numerusform>
            <numerusform>%n отбракованы</numerusform>
            <numerusform>%n отбраковано</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows and reasons: %1</source>
        <translation>Отбракованные строки и причины: %1</translation>
    </message>
    <message>
        <source>Import a CRM export (canonical, Salesforce, Maven).</source>
        <translation>Импортировать выгрузку CRM (canonical, Salesforce, Maven).</translation>
    </message>
    <message>
        <source>Counts, snapshot dates, districts and imports.</source>
        <translation>Количество записей, даты снимков, территории и импорты.</translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s) as of %1, scope %2.</source>
        <translation>
            <numerusform>%n закономерность на %1, охват: %2.</numerusform>
            <numerusform>%n закономерности на %1, охват: %2.</numerusform>
            <numerusform>%n закономерностей на %1, охват: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since %1.</source>
        <translation>
            <numerusform>%n новая с %1.</numerusform>
            <numerusform>%n новые с %1.</numerusform>
            <numerusform>%n новых с %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more (--json or --csv lists them all).</source>
        <translation>
            <numerusform>Ещё %n (--json или --csv выводят все).</numerusform>
            <numerusform>Ещё %n (--json или --csv выводят все).</numerusform>
            <numerusform>Ещё %n (--json или --csv выводят все).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed, numbers within the recorded values.</source>
        <translation>
            <numerusform>%n скрытая, значения в пределах записанных.</numerusform>
            <numerusform>%n скрытые, значения в пределах записанных.</numerusform>
            <numerusform>%n скрытых, значения в пределах записанных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patterns, anomalies, dichotomies and outliers with their evidence (JSON or CSV).</source>
        <translation>Закономерности, аномалии, расхождения и выбросы с основаниями (JSON или CSV).</translation>
    </message>
    <message>
        <source>The rep&apos;s id.</source>
        <translation>ID менеджера.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print the coaching pack JSON to standard output.</source>
        <translation>Вывести JSON подготовки к встрече 1:1 в стандартный вывод.</translation>
    </message>
    <message>
        <source>The --rep ID option is required.</source>
        <translation>Укажите параметр --rep ID.</translation>
    </message>
    <message>
        <source>No rep with id &quot;%1&quot; in the database.</source>
        <translation>В базе данных нет менеджера с ID «%1».</translation>
    </message>
    <message>
        <source>A rep&apos;s coaching pack: Markdown, HTML, PDF, CSV, JSON.</source>
        <translation>Подготовка к встрече 1:1 с менеджером: Markdown, HTML, PDF, CSV, JSON.</translation>
    </message>
    <message>
        <source>Give one profile file to check: dmcockpit profile check FILE.json</source>
        <translation>Укажите один файл профиля для проверки: dmcockpit profile check FILE.json</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, no problems found (format %2, %n stage(s)).</source>
        <translation>
            <numerusform>%1: проблем не найдено (формат %2, %n этап).</numerusform>
            <numerusform>%1: проблем не найдено (формат %2, %n этапа).</numerusform>
            <numerusform>%1: проблем не найдено (формат %2, %n этапов).</numerusform>
        </translation>
    </message>
    <message>
        <source>--format needs salesforce or canonical.</source>
        <translation>--format принимает salesforce или canonical.</translation>
    </message>
    <message>
        <source>Give the files or folder of the export to draft a profile from.</source>
        <translation>Укажите файлы или папку выгрузки, по которой составить черновик профиля.</translation>
    </message>
    <message>
        <source>the file exists; nothing was written</source>
        <translation>файл уже существует; ничего не записано</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>не удаётся записать файл (%1)</translation>
    </message>
    <message>
        <source>Wrote the draft profile %1.</source>
        <translation>Черновик профиля записан: %1.</translation>
    </message>
    <message>
        <source>draft: the export&apos;s format, salesforce or canonical.</source>
        <translation>draft: формат выгрузки, salesforce или canonical.</translation>
    </message>
    <message>
        <source>draft: the file to write the profile to (default: standard output).</source>
        <translation>draft: файл для профиля (по умолчанию — стандартный вывод).</translation>
    </message>
    <message>
        <source>check FILE.json: check a profile without importing; draft PATH...: write a starting profile from an export.</source>
        <translation>check FILE.json: проверить профиль без импорта; draft PATH...: записать черновик профиля по выгрузке.</translation>
    </message>
    <message>
        <source>The profile (check), or the export&apos;s files or folder (draft).</source>
        <translation>Профиль (check) или файлы либо папка выгрузки (draft).</translation>
    </message>
    <message>
        <source>Give an action: dmcockpit profile check FILE.json, or dmcockpit profile draft --format salesforce|canonical PATH... [-o FILE].</source>
        <translation>Укажите действие: dmcockpit profile check FILE.json или dmcockpit profile draft --format salesforce|canonical PATH... [-o FILE].</translation>
    </message>
    <message>
        <source>Check an import profile, or draft one from an export.</source>
        <translation>Проверить профиль импорта или составить его черновик по выгрузке.</translation>
    </message>
    <message>
        <source>Renewals within this many days (default 120).</source>
        <translation>Продления в пределах этого числа дней (по умолчанию 120).</translation>
    </message>
    <message>
        <source>--days takes a whole number from 0 to 3650.</source>
        <translation>--days принимает целое число от 0 до 3650.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) renewing within %1 days of %2.</source>
        <translation>
            <numerusform>%n клиент с продлением в пределах окна от %2 (дней: %1).</numerusform>
            <numerusform>%n клиента с продлением в пределах окна от %2 (дней: %1).</numerusform>
            <numerusform>%n клиентов с продлением в пределах окна от %2 (дней: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts renewing within 120 days, in 30/60/90/120-day bands.</source>
        <translation>Клиенты с продлением в ближайшие 120 дней, по интервалам 30/60/90/120 дней.</translation>
    </message>
    <message>
        <source>Usage: dmcockpit [--db FILE]            open the cockpit window
       dmcockpit COMMAND [options]      run headless

Commands:</source>
        <translation>Использование: dmcockpit [--db ФАЙЛ]              открыть окно программы
               dmcockpit КОМАНДА [параметры]      запуск без окна

Команды:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run dmcockpit --help for the list.</source>
        <translation>Неизвестная команда «%1». Список команд: dmcockpit --help.</translation>
    </message>
    <message>
        <source>The snapshot date, YYYY-MM-DD (default: the latest snapshot; an earlier snapshot is used when the date is not one).</source>
        <translation>Дата снимка, ГГГГ-ММ-ДД (по умолчанию — последний снимок; если на эту дату снимка нет, берётся ближайший более ранний).</translation>
    </message>
    <message>
        <source>The snapshot to compare with, YYYY-MM-DD (default: the one before the as-of snapshot).</source>
        <translation>Снимок для сравнения, ГГГГ-ММ-ДД (по умолчанию — снимок перед снимком на дату среза).</translation>
    </message>
    <message>
        <source>The fiscal quarter, e.g. 2026Q1 (default: the quarter holding the as-of date).</source>
        <translation>Финансовый квартал, например 2026Q1 (по умолчанию — квартал, в который попадает дата среза).</translation>
    </message>
    <message>
        <source>The compare-to date %1 is after the as-of date %2.</source>
        <translation>Дата сравнения %1 позже даты среза %2.</translation>
    </message>
    <message>
        <source>--period takes a fiscal quarter like 2026Q1, not &quot;%1&quot;.</source>
        <translation>--period принимает финансовый квартал в виде 2026Q1, а не «%1».</translation>
    </message>
    <message>
        <source>Run dmcockpit COMMAND --help for the options of a command; every command takes --lang en|ru.
Exit codes: 0 done, 2 usage, 3 bad input (nothing changed), 4 database error.</source>
        <translation>Параметры команды: dmcockpit КОМАНДА --help; любая команда принимает --lang en|ru.
Коды выхода: 0 — готово, 2 — ошибка вызова, 3 — неверные входные данные (ничего не изменено), 4 — ошибка базы данных.</translation>
    </message>
    <message>
        <source>The language of the output and the messages: en or ru (default: the system&apos;s).</source>
        <translation>Язык вывода и сообщений: en или ru (по умолчанию — язык системы).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <source>--lang takes en or ru, not &quot;%1&quot;.</source>
        <translation>--lang принимает en или ru, а не «%1».</translation>
    </message>
    <message>
        <source>F forecast, A actual (won); T-14 and T-7: 14 and 7 days before the period&apos;s last day.</source>
        <translation>П — прогноз, Ф — факт (выиграно); «за 14 дней» и «за 7 дней» — до последнего дня периода.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Термин</translation>
    </message>
    <message>
        <source>No stages in the database and no labels.</source>
        <translation>В базе нет ни этапов, ни названий.</translation>
    </message>
    <message>
        <source>--set takes KIND TERM LANGUAGE LABEL, e.g. --set stage Negotiation ru LABEL (an empty LABEL removes the label).</source>
        <translation>--set принимает ВИД ТЕРМИН ЯЗЫК НАЗВАНИЕ, например --set stage Negotiation ru НАЗВАНИЕ (пустое НАЗВАНИЕ удаляет название).</translation>
    </message>
    <message>
        <source>Removed the %1 label of %2 &quot;%3&quot;: it is shown as the CRM writes it.</source>
        <translation>Название на языке %1 для %2 «%3» удалено: термин показывается так, как его пишет CRM.</translation>
    </message>
    <message>
        <source>The %1 label of %2 &quot;%3&quot; is now &quot;%4&quot;.</source>
        <translation>Название на языке %1 для %2 «%3» теперь «%4».</translation>
    </message>
    <message numerus="yes">
        <source>Added %n default label(s); labels already set were kept.</source>
        <translation>
            <numerusform>Добавлено %n название по умолчанию; заданные названия сохранены.</numerusform>
            <numerusform>Добавлено %n названия по умолчанию; заданные названия сохранены.</numerusform>
            <numerusform>Добавлено %n названий по умолчанию; заданные названия сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the label of a term in a language: KIND TERM LANGUAGE LABEL (kind: stage; language: en or ru; an empty LABEL removes it).</source>
        <translation>Задать название термина на языке: ВИД ТЕРМИН ЯЗЫК НАЗВАНИЕ (вид: stage; язык: en или ru; пустое НАЗВАНИЕ удаляет его).</translation>
    </message>
    <message>
        <source>Add the default Russian labels of the shipped stage ladders that are missing; labels already set stay.</source>
        <translation>Добавить недостающие русские названия этапов встроенных воронок; заданные названия остаются.</translation>
    </message>
    <message>
        <source>With --set: the label to set.</source>
        <translation>С --set: задаваемое название.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;: a label is set with --set KIND TERM LANGUAGE LABEL.</source>
        <translation>Лишний аргумент «%1»: название задаётся через --set ВИД ТЕРМИН ЯЗЫК НАЗВАНИЕ.</translation>
    </message>
    <message>
        <source>The stage names and their labels per language; set a label.</source>
        <translation>Этапы и их названия на каждом языке; задать название.</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>no value</comment>
        <translation>н/д</translation>
    </message>
    <message>
        <source>md, html, pdf, csv (the exceptions), json</source>
        <translation>md, html, pdf, csv (отклонения), json</translation>
    </message>
    <message>
        <source>Commit forecast %1, best-case forecast %2, weighted pipeline %3, coverage target %4.</source>
        <translation>Прогноз Commit %1, прогноз Best Case %2, взвешенная воронка %3, целевое покрытие %4.</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>ПУТЬ...</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message numerus="yes">
        <source>Within %n day(s):</source>
        <comment>a renewal band</comment>
        <translation>
            <numerusform>В пределах %n дня:</numerusform>
            <numerusform>В пределах %n дней:</numerusform>
            <numerusform>В пределах %n дней:</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>База</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <source>Lost, reason</source>
        <translation>Проигр. с причиной</translation>
    </message>
    <message>
        <source>Lost, no reason</source>
        <translation>Проигр. без причины</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Без решения</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Bookings bridge</source>
        <translation>Разложение продаж</translation>
    </message>
    <message>
        <source>By deal type, with the mix (%1)</source>
        <translation>По типу сделки, со структурой (%1)</translation>
    </message>
    <message>
        <source>By account segment, with the mix (%1)</source>
        <translation>По сегменту клиента, со структурой (%1)</translation>
    </message>
    <message>
        <source>Win and loss</source>
        <translation>Выигрыши и проигрыши</translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Source mix (%1)</source>
        <translation>Источники сделок (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Created amount</source>
        <translation>Сумма созданных</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>С решением</translation>
    </message>
    <message>
        <source>Renewal outlook, %1 to %2 (%3)</source>
        <translation>Предстоящие продления, %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Индекс здоровья</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Снизился</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Не изменился</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Вырос</translation>
    </message>
    <message>
        <source>No trend</source>
        <translation>Без тренда</translation>
    </message>
    <message>
        <source>No renewal deal</source>
        <translation>Без сделки продления</translation>
    </message>
    <message>
        <source>Forecast accuracy, last closed periods</source>
        <translation>Точность прогноза, последние закрытые периоды</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>WAPE T-14</source>
        <translation>WAPE за 14 дней</translation>
    </message>
    <message>
        <source>WAPE T-7</source>
        <translation>WAPE за 7 дней</translation>
    </message>
    <message>
        <source>Slip T-14</source>
        <translation>Сдвиги за 14 дней</translation>
    </message>
    <message>
        <source>Slip T-7</source>
        <translation>Сдвиги за 7 дней</translation>
    </message>
    <message>
        <source>Districts of region %1</source>
        <translation>Территории региона %1</translation>
    </message>
    <message>
        <source>Region median</source>
        <translation>Медиана по региону</translation>
    </message>
    <message>
        <source>A plan has no account segments: no split by segment.</source>
        <translation>В плане нет сегментов клиентов: разбивки по сегментам нет.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not all, region:NAME, district:NAME or rep:ID</source>
        <translation>«%1» — не all, region:NAME, district:NAME или rep:ID</translation>
    </message>
    <message>
        <source>the same period, scope and deal type as line %1</source>
        <translation>тот же период, охват и тип сделки, что в строке %1</translation>
    </message>
    <message>
        <source>%1 holds no row for period %2 and scope %3.</source>
        <translation>В %1 нет строки для периода %2 и охвата %3.</translation>
    </message>
    <message>
        <source>What the period is compared with: previous (the previous period, default), last-year (the same period a year before) or plan:FILE (a plan file, docs/definitions.md).</source>
        <translation>С чем сравнивается период: previous (предыдущий период, по умолчанию), last-year (тот же период годом ранее) или plan:FILE (файл плана, docs/definitions.md).</translation>
    </message>
    <message>
        <source>--baseline takes previous, last-year or plan:FILE, not &quot;%1&quot;.</source>
        <translation>--baseline принимает previous, last-year или plan:FILE, а не «%1».</translation>
    </message>
    <message>
        <source>The file to write, or a folder for the default file name (default: standard output; PDF needs a file). Without --format, the file&apos;s extension names the format.</source>
        <translation>Файл для записи или папка для имени по умолчанию (по умолчанию — стандартный вывод; для PDF нужен файл). Без --format формат задаёт расширение файла.</translation>
    </message>
    <message>
        <source>md, html, pdf</source>
        <translation>md, html, pdf</translation>
    </message>
    <message>
        <source>The deal&apos;s id (a brief of the deal).</source>
        <translation>Код сделки (сводка по сделке).</translation>
    </message>
    <message>
        <source>The account&apos;s id (a brief of the account).</source>
        <translation>Код клиента (сводка по клиенту).</translation>
    </message>
    <message>
        <source>brief takes one of --deal ID or --account ID.</source>
        <translation>brief принимает одно из: --deal КОД или --account КОД.</translation>
    </message>
    <message>
        <source>No deal with id &quot;%1&quot; in the database.</source>
        <translation>В базе нет сделки с кодом «%1».</translation>
    </message>
    <message>
        <source>No account with id &quot;%1&quot; in the database.</source>
        <translation>В базе нет клиента с кодом «%1».</translation>
    </message>
    <message>
        <source>A one-page deal or account brief: Markdown, HTML, PDF.</source>
        <translation>Сводка на одну страницу по сделке или клиенту: Markdown, HTML, PDF.</translation>
    </message>
    <message>
        <source>md, html, pdf (the review document), json</source>
        <translation>md, html, pdf (документ обзора), json</translation>
    </message>
    <message>
        <source>The quarterly review: bookings against a baseline in volume, win rate, size and mix, win and loss, source mix, renewal outlook, accuracy trend, districts of a region; as text, JSON or a Markdown, HTML or PDF document.</source>
        <translation>Квартальный обзор: продажи против базы сравнения по объёму, доле выигранных, размеру и структуре, выигрыши и проигрыши, источники сделок, предстоящие продления, точность прогноза, территории региона; текстом, в JSON или документом Markdown, HTML или PDF.</translation>
    </message>
    <message>
        <source>POC to won: the deal won within this many days of the POC&apos;s end (default 90).</source>
        <translation>POC → выигрыш: сделка выиграна не позже стольких дней после окончания POC (по умолчанию 90).</translation>
    </message>
    <message>
        <source>--within takes a whole number from 0 to 3650.</source>
        <translation>--within принимает целое число от 0 до 3650.</translation>
    </message>
    <message numerus="yes">
        <source>%n POC(s) as of %1, %2, scope %3.</source>
        <translation>
            <numerusform>%n POC на %1, %2, охват %3.</numerusform>
            <numerusform>%n POC на %1, %2, охват %3.</numerusform>
            <numerusform>%n POC на %1, %2, охват %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>DOR complete at the start: %1 of %2 started POCs with a checklist (%3); %4 started without one.</source>
        <translation>Полная готовность (DOR) на старте: %1 из %2 начатых POC с чек-листом (%3); без чек-листа начато %4.</translation>
    </message>
    <message>
        <source>Duration in days: median %1, 75th percentile %2 (n = %3); days past the planned end: median %4, 75th percentile %5 (n = %6).</source>
        <translation>Длительность в днях: медиана %1, 75-й процентиль %2 (n = %3); дней после планового окончания: медиана %4, 75-й процентиль %5 (n = %6).</translation>
    </message>
    <message>
        <source>Criteria met: %1 of %2 with a result. Technical wins: %3 of %4 with an outcome.</source>
        <translation>Критерии выполнены: %1 из %2 с результатом. Технических успехов: %3 из %4 с итогом.</translation>
    </message>
    <message>
        <source>Win rate of deals decided in the period: with a POC %1 (n = %2), without %3 (n = %4).</source>
        <translation>Доля выигранных среди сделок, решённых в периоде: с POC %1 (n = %2), без POC %3 (n = %4).</translation>
    </message>
    <message>
        <source>Started in %1: %2 started, %3 ended, %4 won within %5 days (%6), %7 still within the window.</source>
        <translation>Старт в %1: начато %2, окончено %3, выиграно в течение %5 дн. %4 (%6), ещё в окне %7.</translation>
    </message>
    <message>
        <source>Only this assumption set beside the data as imported (default: every stored set).</source>
        <translation>Только этот набор допущений рядом с данными импорта (по умолчанию: все сохранённые наборы).</translation>
    </message>
    <message>
        <source>No assumption set &quot;%1&quot;: the database holds none.</source>
        <translation>Набора допущений «%1» нет: в базе нет ни одного набора.</translation>
    </message>
    <message>
        <source>No assumption set &quot;%1&quot;. Sets: %2.</source>
        <translation>Набора допущений «%1» нет. Наборы: %2.</translation>
    </message>
    <message>
        <source>Ramped capacity against the need for the period and the next, per assumption set.</source>
        <translation>Ёмкость с учётом адаптации против потребности за период и следующий, по наборам допущений.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s), ARR %2 (index %3), open pipeline %4 (index %5)</source>
        <translation>
            <numerusform>%1: %n клиент, ARR %2 (индекс %3), открытая воронка %4 (индекс %5)</numerusform>
            <numerusform>%1: %n клиента, ARR %2 (индекс %3), открытая воронка %4 (индекс %5)</numerusform>
            <numerusform>%1: %n клиентов, ARR %2 (индекс %3), открытая воронка %4 (индекс %5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) listed apart (no owner, or an owner who is not active).</source>
        <translation>
            <numerusform>%n клиент указан отдельно (без владельца или владелец не работает).</numerusform>
            <numerusform>%n клиента указаны отдельно (без владельца или владелец не работает).</numerusform>
            <numerusform>%n клиентов указаны отдельно (без владельца или владелец не работает).</numerusform>
        </translation>
    </message>
    <message>
        <source>Territory balance: accounts, ARR, open pipeline and renewals per rep, beside the mean.</source>
        <translation>Баланс портфелей клиентов: клиенты, ARR, открытая воронка и продления по менеджерам рядом со средним.</translation>
    </message>
    <message>
        <source>The fiscal quarter, e.g. 2026Q1, or a calendar month, e.g. 2026-11 (default: the quarter holding the as-of date).</source>
        <translation>Финансовый квартал, например 2026Q1, или календарный месяц, например 2026-11 (по умолчанию — квартал, в который попадает дата среза).</translation>
    </message>
    <message>
        <source>--period takes a fiscal quarter like 2026Q1 or a month like 2026-11, not &quot;%1&quot;.</source>
        <translation>--period принимает финансовый квартал в виде 2026Q1 или месяц в виде 2026-11, а не «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal quarter like 2026Q1 or a month like 2026-11</source>
        <translation>«%1» — не финансовый квартал в виде 2026Q1 и не месяц в виде 2026-11</translation>
    </message>
    <message>
        <source>md, html, pdf (the quarterly plan document)</source>
        <translation>md, html, pdf (документ «План на квартал»)</translation>
    </message>
    <message>
        <source>Compliance as of %1, %2, scope %3: %4 of %5 required artifacts started in parallel (%6).</source>
        <translation>Соответствие на %1, %2, охват %3: начато параллельно %4 из %5 требуемых документов (%6).</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Документ соответствия</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>К сроку</translation>
    </message>
    <message>
        <source>Started in parallel</source>
        <translation>Начато параллельно</translation>
    </message>
    <message>
        <source>%1, entered %2</source>
        <translation>%1, вход %2</translation>
    </message>
    <message>
        <source>Compliance artifacts of the deals against the stage each play names, and the share started in parallel.</source>
        <translation>Документы соответствия по сделкам относительно этапа, названного сценарием, и доля начатых параллельно.</translation>
    </message>
    <message numerus="yes">
        <source>Partners as of %1, %2, scope %3: %n deal(s) open at the as-of or decided in the period.</source>
        <translation>
            <numerusform>Партнёры на %1, %2, охват %3: %n сделка, открытая на дату среза или закрытая в периоде.</numerusform>
            <numerusform>Партнёры на %1, %2, охват %3: %n сделки, открытые на дату среза или закрытые в периоде.</numerusform>
            <numerusform>Партнёры на %1, %2, охват %3: %n сделок, открытых на дату среза или закрытых в периоде.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data holds no partner, play, compliance or task rows.</source>
        <translation>В данных нет строк партнёров, сценариев, документов соответствия или задач.</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Открытая сумма</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Partner coverage: %1 of %2 open pipeline (%3) has a partner row; %4 of %5 open deals.</source>
        <translation>Покрытие партнёрами: у %1 из %2 открытой воронки (%3) есть строка партнёра; сделок: %4 из %5 открытых.</translation>
    </message>
    <message>
        <source>With and without a partner, deals decided in the period (a figure needs n of at least %1):</source>
        <translation>С партнёром и без, сделки, закрытые в периоде (значение — при n не меньше %1):</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Win rate with</source>
        <translation>Доля выигранных с партнёром</translation>
    </message>
    <message>
        <source>Win rate without</source>
        <translation>Доля выигранных без партнёра</translation>
    </message>
    <message>
        <source>Average won with</source>
        <translation>Средняя выигранная с партнёром</translation>
    </message>
    <message>
        <source>Average won without</source>
        <translation>Средняя выигранная без партнёра</translation>
    </message>
    <message>
        <source>Median days with</source>
        <translation>Медиана дней с партнёром</translation>
    </message>
    <message>
        <source>Median days without</source>
        <translation>Медиана дней без партнёра</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Без сегмента</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Привлечены партнёром</translation>
    </message>
    <message>
        <source>Sourced amount</source>
        <translation>Сумма, привлечённая партнёром</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>С участием партнёра</translation>
    </message>
    <message>
        <source>Influenced amount</source>
        <translation>Сумма с участием партнёра</translation>
    </message>
    <message>
        <source>Co-sell won</source>
        <translation>Совместные: выиграно</translation>
    </message>
    <message>
        <source>Co-sell lost</source>
        <translation>Совместные: проиграно</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Partner attribution, the with / without partner table, partner coverage and each partner&apos;s deals.</source>
        <translation>Атрибуция партнёров, таблица «с партнёром / без», покрытие партнёрами и сделки каждого партнёра.</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s) as of %1, %2, scope %3.</source>
        <translation>
            <numerusform>%n сценарий на %1, %2, охват %3.</numerusform>
            <numerusform>%n сценария на %1, %2, охват %3.</numerusform>
            <numerusform>%n сценариев на %1, %2, охват %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 deals meet the criteria, %3 with every step due by their stage done (%4).</source>
        <translation>%1: подходящих сделок — %2, из них со всеми шагами к текущему этапу — %3 (%4).</translation>
    </message>
    <message>
        <source>  Partner %1: %2 in common; co-sell %3 won, %4 lost.</source>
        <translation>  Партнёр %1: общее — %2; совместные продажи: выиграно %3, проиграно %4.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Срок прошёл</translation>
    </message>
    <message>
        <source>Longest chain of open tasks</source>
        <translation>Самая длинная цепочка открытых задач</translation>
    </message>
    <message>
        <source>Plays: the deals meeting each play&apos;s criteria with the steps due and missing, matching partners, and deal tasks by role.</source>
        <translation>Сценарии продаж: подходящие сделки с шагами к этапу и невыполненными шагами, партнёры с совпадающими атрибутами, задачи по ролям.</translation>
    </message>
    <message>
        <source>The weekly POC digest instead of the board: what changed since --compare-to (default: 7 days before the as-of), days left and overdue tasks by side.</source>
        <translation>Еженедельная сводка по пилотам вместо доски: что изменилось с --compare-to (по умолчанию за 7 дней до даты среза), сколько дней осталось и просроченные задачи по сторонам.</translation>
    </message>
    <message>
        <source>md, html, pdf (the digest)</source>
        <translation>md, html, pdf (сводка)</translation>
    </message>
    <message>
        <source>--out and --format write the digest: add --digest.</source>
        <translation>--out и --format записывают сводку: добавьте --digest.</translation>
    </message>
    <message>
        <source>--digest writes a document (md, html, pdf), not --json or --csv.</source>
        <translation>--digest записывает документ (md, html, pdf), а не --json или --csv.</translation>
    </message>
    <message>
        <source>The POC board: every POC of the scope with its checklist, criteria, check-ins and tasks; --digest: the weekly POC digest (Markdown, HTML, PDF).</source>
        <translation>Доска пилотов: каждый пилот выборки с чек-листом, критериями, сверками и задачами; --digest: еженедельная сводка по пилотам (Markdown, HTML, PDF).</translation>
    </message>
    <message>
        <source>Replace the CRM data of a database that has some, and empty the DM&apos;s own data (notes, statuses, follow-ups, their history).</source>
        <translation>Заменить данные CRM в базе, где они уже есть, и очистить данные руководителя (заметки, статусы, поручения, их журнал).</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>импорт %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(reverts %1)</source>
        <translation>(возврат записи %1)</translation>
    </message>
    <message>
        <source>Only the entries written by this user.</source>
        <translation>Только записи этого пользователя.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>Only entries of this kind: action, follow_up, belief, coaching_note, insight_mark, assumption_set or import.</source>
        <translation>Только записи этого вида: action, follow_up, belief, coaching_note, insight_mark, assumption_set или import.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>Only entries from this day on (UTC).</source>
        <translation>Только записи начиная с этого дня (UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <source>Only entries up to this day (UTC).</source>
        <translation>Только записи по этот день включительно (UTC).</translation>
    </message>
    <message>
        <source>Only entries holding this text (any case).</source>
        <translation>Только записи с этим текстом (без учёта регистра).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>--kind takes action, follow_up, belief, coaching_note, insight_mark, assumption_set or import, not &quot;%1&quot;.</source>
        <translation>--kind принимает action, follow_up, belief, coaching_note, insight_mark, assumption_set или import, а не «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the audit trail, newest first.</source>
        <translation>
            <numerusform>%n запись в журнале изменений, новые сверху.</numerusform>
            <numerusform>%n записи в журнале изменений, новые сверху.</numerusform>
            <numerusform>%n записей в журнале изменений, новые сверху.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the audit trail for %1, newest first.</source>
        <translation>
            <numerusform>%n запись в журнале изменений: %1, новые сверху.</numerusform>
            <numerusform>%n записи в журнале изменений: %1, новые сверху.</numerusform>
            <numerusform>%n записей в журнале изменений: %1, новые сверху.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries about a deal or rep no longer in the data:</source>
        <translation>
            <numerusform>%n запись о сделке или менеджере, которых больше нет в данных:</numerusform>
            <numerusform>%n записи о сделке или менеджере, которых больше нет в данных:</numerusform>
            <numerusform>%n записей о сделке или менеджере, которых больше нет в данных:</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail: every DM action and import, who, when and what changed (JSON).</source>
        <translation>Журнал изменений: каждое действие руководителя и каждый импорт — кто, когда и что изменилось (JSON).</translation>
    </message>
    <message>
        <source>The id of the entry to revert (as history lists it).</source>
        <translation>Номер записи, значения до которой вернуть (как его показывает history).</translation>
    </message>
    <message>
        <source>ENTRY_ID</source>
        <translation>НОМЕР_ЗАПИСИ</translation>
    </message>
    <message>
        <source>revert takes one entry id, a number as history lists it.</source>
        <translation>revert принимает один номер записи — число, как его показывает history.</translation>
    </message>
    <message>
        <source>Entry %1 reverted by entry %2: %3, %4.</source>
        <translation>Запись %1 возвращена записью %2: %3, %4.</translation>
    </message>
    <message>
        <source>Revert one DM action of the audit trail (a new entry; imports are not reverted).</source>
        <translation>Вернуть значения до одного действия руководителя из журнала изменений (новой записью; импорт не возвращается).</translation>
    </message>
    <message>
        <source>--scope takes all, region:NAME, district:NAME or rep:ID.</source>
        <translation>--scope принимает all, region:ИМЯ, district:ИМЯ или rep:ID.</translation>
    </message>
    <message>
        <source>--compare-to takes previous or a date (YYYY-MM-DD).</source>
        <translation>--compare-to принимает previous или дату (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>--hide: &quot;%1&quot; is not a risk filter.</source>
        <translation>--hide: «%1» не фильтр риска.</translation>
    </message>
    <message>
        <source>--group-by takes none, rep or rule.</source>
        <translation>--group-by принимает none, rep или rule.</translation>
    </message>
    <message>
        <source>Save a view under this name (replacing one of that name).</source>
        <translation>Сохранить вид под этим именем (вид с таким именем заменяется).</translation>
    </message>
    <message>
        <source>Delete the view of this name.</source>
        <translation>Удалить вид с этим именем.</translation>
    </message>
    <message>
        <source>With --save: all, region:NAME, district:NAME or rep:ID (default all).</source>
        <translation>С --save: all, region:ИМЯ, district:ИМЯ или rep:ID (по умолчанию all).</translation>
    </message>
    <message>
        <source>With --save: previous (the default) or a fixed date.</source>
        <translation>С --save: previous (по умолчанию) или закреплённая дата.</translation>
    </message>
    <message>
        <source>With --save: risk filters the queue hides, comma separated.</source>
        <translation>С --save: фильтры риска, скрытые в очереди, через запятую.</translation>
    </message>
    <message>
        <source>With --save: none (the default), rep or rule.</source>
        <translation>С --save: none (по умолчанию), rep или rule.</translation>
    </message>
    <message>
        <source>Give --save or --delete, not both.</source>
        <translation>Укажите --save или --delete, но не оба.</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>Вид «%1» сохранён.</translation>
    </message>
    <message>
        <source>There is no view named &quot;%1&quot;.</source>
        <translation>Вида с именем «%1» нет.</translation>
    </message>
    <message>
        <source>Deleted the view &quot;%1&quot;.</source>
        <translation>Вид «%1» удалён.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved view(s).</source>
        <translation>
            <numerusform>%n сохранённый вид.</numerusform>
            <numerusform>%n сохранённых вида.</numerusform>
            <numerusform>%n сохранённых видов.</numerusform>
        </translation>
    </message>
    <message>
        <source>previous snapshot</source>
        <translation>предыдущий снимок</translation>
    </message>
    <message numerus="yes">
        <source>%1: scope %2, compared with %3, %n filter(s) hidden in the queue</source>
        <translation>
            <numerusform>%1: охват %2, сравнение с: %3, в очереди скрыт %n фильтр</numerusform>
            <numerusform>%1: охват %2, сравнение с: %3, в очереди скрыто %n фильтра</numerusform>
            <numerusform>%1: охват %2, сравнение с: %3, в очереди скрыто %n фильтров</numerusform>
        </translation>
    </message>
    <message>
        <source>The DM&apos;s own saved views: list, save or delete.</source>
        <translation>Сохранённые виды руководителя: список, сохранение, удаление.</translation>
    </message>
    <message>
        <source>--by-district takes a scope of all, a region or a district.</source>
        <translation>--by-district принимает охват all, регион или территорию.</translation>
    </message>
    <message>
        <source>District %1 of %2: %3</source>
        <translation>Территория %1 из %2: %3</translation>
    </message>
    <message>
        <source>One file per district of the scope (all, a region or a district), each that district&apos;s agenda, written into the folder -o names.</source>
        <translation>По файлу на каждую территорию охвата (all, регион или территория) с повесткой этой территории, в папку из -o.</translation>
    </message>
    <message>
        <source>--by-district needs -o FOLDER.</source>
        <translation>Для --by-district нужен -o ПАПКА.</translation>
    </message>
    <message>
        <source>--by-district writes into a folder; %1 is a file.</source>
        <translation>--by-district пишет в папку, а %1 — файл.</translation>
    </message>
    <message>
        <source>The window and the PDF exports are a program of their own, dmcockpit-gui, which could not be started (looked for %1). Reinstall DM Cockpit.</source>
        <translation>Окно и экспорт в PDF — отдельная программа, dmcockpit-gui, и её не удалось запустить (искали %1). Переустановите DM Cockpit.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>нет плана</translation>
    </message>
    <message>
        <source>Next period %1: pipeline %2, no quota recorded.</source>
        <translation>Следующий период %1: воронка %2, план не задан.</translation>
    </message>
</context>
<context>
    <name>dmc::ui::AccuracyModel</name>
    <message>
        <source>The commit the rep called</source>
        <translation>Commit, заявленный менеджером</translation>
    </message>
    <message>
        <source>Won + Commit of the snapshot (no call recorded)</source>
        <translation>Выиграно + Commit по снимку (заявленного прогноза нет)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Won (actual)</source>
        <translation>Выиграно (факт)</translation>
    </message>
    <message>
        <source>Forecast T-14</source>
        <translation>Прогноз за 14 дней</translation>
    </message>
    <message>
        <source>F / A at T-14</source>
        <translation>П/Ф за 14 дней</translation>
    </message>
    <message>
        <source>Forecast T-7</source>
        <translation>Прогноз за 7 дней</translation>
    </message>
    <message>
        <source>F / A at T-7</source>
        <translation>П/Ф за 7 дней</translation>
    </message>
    <message>
        <source>The forecast 14 days before the period&apos;s last day: the commit the rep called, or won + Commit of that day&apos;s snapshot when no call is recorded</source>
        <translation>Прогноз за 14 дней до последнего дня периода: Commit, заявленный менеджером, или, если заявленного прогноза нет, выиграно + Commit по снимку этого дня</translation>
    </message>
    <message>
        <source>The forecast 14 days before the period&apos;s last day divided by the actual (won)</source>
        <translation>П/Ф — прогноз за 14 дней до последнего дня периода, делённый на факт (выиграно)</translation>
    </message>
    <message>
        <source>The forecast 7 days before the period&apos;s last day: the commit the rep called, or won + Commit of that day&apos;s snapshot when no call is recorded</source>
        <translation>Прогноз за 7 дней до последнего дня периода: Commit, заявленный менеджером, или, если заявленного прогноза нет, выиграно + Commit по снимку этого дня</translation>
    </message>
    <message>
        <source>The forecast 7 days before the period&apos;s last day divided by the actual (won)</source>
        <translation>П/Ф — прогноз за 7 дней до последнего дня периода, делённый на факт (выиграно)</translation>
    </message>
</context>
<context>
    <name>dmc::ui::AccuracyTrendModel</name>
    <message>
        <source>no forecast</source>
        <translation>нет прогноза</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>WAPE at T-14</source>
        <translation>WAPE за 14 дн.</translation>
    </message>
    <message>
        <source>WAPE at T-7</source>
        <translation>WAPE за 7 дн.</translation>
    </message>
    <message>
        <source>Slip rate from T-14</source>
        <translation>Сдвиги за 14 дн.</translation>
    </message>
    <message>
        <source>Slip rate from T-7</source>
        <translation>Сдвиги за 7 дн.</translation>
    </message>
    <message>
        <source>Commit at T-14</source>
        <translation>Commit за 14 дн.</translation>
    </message>
    <message>
        <source>Commit at T-14 that slipped, %1</source>
        <translation>Сдвинутый Commit за 14 дней до конца, %1</translation>
    </message>
    <message>
        <source>T-14 and T-7: 14 and 7 days before the period&apos;s last day. Slip rate: the share of the Commit at that point lost, removed or moved out of the period by its end.</source>
        <translation>За 14 и 7 дней: за 14 и 7 дней до последнего дня периода. Доля сдвигов: доля Commit на тот момент, проигранная, удалённая или перенесённая за пределы периода к его концу.</translation>
    </message>
</context>
<context>
    <name>dmc::ui::ApartAccountModel</name>
    <message>
        <source>No owner</source>
        <translation>Нет владельца</translation>
    </message>
    <message>
        <source>Owner not active: %1</source>
        <translation>Владелец не работает: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Listed apart</source>
        <translation>Почему отдельно</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Deals on the account %1</source>
        <translation>Сделки по клиенту %1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::AttributionSplitModel</name>
    <message>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Открытая сумма</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>Выигранная сумма</translation>
    </message>
</context>
<context>
    <name>dmc::ui::AuditTrailModel</name>
    <message>
        <source>%1, revert of %2</source>
        <translation>%1, возврат записи %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>dmc::ui::BeliefModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Belief</source>
        <translation>Убеждение</translation>
    </message>
    <message>
        <source>DM rating</source>
        <translation>Оценка руководителя</translation>
    </message>
</context>
<context>
    <name>dmc::ui::CapacityChart</name>
    <message>
        <source>Need ±10%</source>
        <translation>Потребность ±10%</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
</context>
<context>
    <name>dmc::ui::CapacityMonthModel</name>
    <message>
        <source>As imported</source>
        <translation>Как в импорте</translation>
    </message>
    <message>
        <source>%1 of the month&apos;s need</source>
        <translation>%1 от потребности месяца</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Need −10%</source>
        <translation>Потребность −10%</translation>
    </message>
    <message>
        <source>Need +10%</source>
        <translation>Потребность +10%</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>Ёмкость: %1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::CapacitySession</name>
    <message>
        <source>hire %1 in %2</source>
        <translation>найм %1 в наборе %2</translation>
    </message>
    <message>
        <source>last day of a leaver in %1</source>
        <translation>последний день уходящего менеджера в наборе %1</translation>
    </message>
    <message>
        <source>The assumption sets could not be read. %1</source>
        <translation>Наборы допущений не прочитаны. %1</translation>
    </message>
    <message>
        <source>The assumption set was not saved: this database is open read-only.</source>
        <translation>Набор допущений не сохранён: база открыта только для чтения.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Набор %1</translation>
    </message>
    <message>
        <source>new assumption set %1</source>
        <translation>новый набор допущений %1</translation>
    </message>
    <message>
        <source>delete assumption set %1</source>
        <translation>удаление набора допущений %1</translation>
    </message>
    <message>
        <source>An assumption set named &quot;%1&quot; exists already.</source>
        <translation>Набор допущений «%1» уже есть.</translation>
    </message>
    <message>
        <source>rename %1 to %2</source>
        <translation>переименование %1 в %2</translation>
    </message>
    <message>
        <source>attainment factor of %1</source>
        <translation>коэффициент выполнения набора %1</translation>
    </message>
    <message>
        <source>ramp curves of %1</source>
        <translation>кривые адаптации набора %1</translation>
    </message>
    <message>
        <source>district target of %1</source>
        <translation>цель территории в наборе %1</translation>
    </message>
    <message>
        <source>Hire %1</source>
        <translation>Найм %1</translation>
    </message>
    <message>
        <source>hire added to %1</source>
        <translation>найм добавлен в набор %1</translation>
    </message>
    <message>
        <source>hire removed from %1</source>
        <translation>найм удалён из набора %1</translation>
    </message>
    <message>
        <source>leaver added to %1</source>
        <translation>уходящий менеджер добавлен в набор %1</translation>
    </message>
    <message>
        <source>leaver removed from %1</source>
        <translation>уходящий менеджер удалён из набора %1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::ChartStyle</name>
    <message>
        <source>%1, millions</source>
        <translation>%1, млн</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>%1, тыс.</translation>
    </message>
</context>
<context>
    <name>dmc::ui::CoachingPackView</name>
    <message>
        <source>&amp;Rep</source>
        <translation>&amp;Менеджер</translation>
    </message>
    <message>
        <source>Rep of the coaching pack</source>
        <translation>Менеджер для подготовки к встрече 1:1</translation>
    </message>
    <message>
        <source>Numbers and changes</source>
        <translation>Показатели и изменения</translation>
    </message>
    <message>
        <source>Metrics beside the district median</source>
        <translation>Метрики менеджера и медиана по территории</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Отклонения</translation>
    </message>
    <message>
        <source>MEDDPICC gap matrix (open deals closing this period)</source>
        <translation>Матрица пробелов MEDDPICC (открытые сделки с закрытием в этом периоде)</translation>
    </message>
    <message>
        <source>Belief stack</source>
        <translation>Убеждения клиента</translation>
    </message>
    <message>
        <source>Deal of the belief stack</source>
        <translation>Сделка, по которой оцениваются убеждения клиента</translation>
    </message>
    <message>
        <source>Beliefs and ratings</source>
        <translation>Убеждения и оценки</translation>
    </message>
    <message>
        <source>Questions for the 1:1</source>
        <translation>Вопросы для встречи 1:1</translation>
    </message>
    <message>
        <source>Notes for this week</source>
        <translation>Заметки на эту неделю</translation>
    </message>
    <message>
        <source>What was agreed, what to look at next week...</source>
        <translation>О чём договорились, что посмотреть на следующей неделе…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Сохранить заметки</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Поручения со сроком до конца недели</translation>
    </message>
    <message>
        <source>Pick a rep</source>
        <translation>Выберите менеджера</translation>
    </message>
    <message>
        <source>Choose a rep above, click a rep in the cockpit&apos;s team table or coverage chart.</source>
        <translation>Менеджера можно выбрать в списке выше, в таблице команды или на диаграмме покрытия в сводке.</translation>
    </message>
    <message>
        <source>Open a database with snapshots first (Ctrl+O).</source>
        <translation>Сначала откройте базу данных со снимками (Ctrl+O).</translation>
    </message>
    <message>
        <source>Choose a rep...</source>
        <translation>Выбрать менеджера…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No flagged deals: no questions this week.</source>
        <translation>Сделок со срабатываниями нет: вопросов на этой неделе нет.</translation>
    </message>
    <message>
        <source>Loading the database...</source>
        <translation>Загрузка базы данных…</translation>
    </message>
    <message>
        <source>Computing the coaching pack...</source>
        <translation>Подготовка к встрече 1:1 рассчитывается…</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Изменений для сохранения нет.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <source>Edited, not saved yet.</source>
        <translation>Изменено, ещё не сохранено.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · as of %4</source>
        <translation>%1 · %2 · %3 · на %4</translation>
    </message>
    <message>
        <source>No exceptions for %1.</source>
        <translation>Отклонений у менеджера %1 нет.</translation>
    </message>
    <message>
        <source>No open deals of %1 close in %2.</source>
        <translation>Открытых сделок менеджера %1 с закрытием в %2 нет.</translation>
    </message>
    <message>
        <source>✓ confirmed, ~ partial, – none; a column&apos;s head names its element on hover.</source>
        <translation>✓ подтверждено, ~ частично, – нет; буквы в заголовках — по английским названиям элементов, при наведении заголовок называет элемент.</translation>
    </message>
    <message>
        <source>No open follow-ups for %1 due by the end of the as-of week.</source>
        <translation>Открытых поручений менеджера %1 со сроком до конца недели даты среза нет.</translation>
    </message>
    <message>
        <source>No belief stack: %1 has no Commit deals closing in %2. A stack lists six beliefs for each of the rep&apos;s three largest Commit deals of the period.</source>
        <translation>Убеждений клиента для оценки нет: у менеджера %1 нет сделок Commit с закрытием в %2. Оцениваются шесть убеждений клиента по каждой из трёх крупнейших сделок Commit менеджера в периоде.</translation>
    </message>
    <message>
        <source>No deal selected: the list above holds the deals with a belief stack.</source>
        <translation>Сделка не выбрана: в списке выше — сделки, по которым оцениваются убеждения клиента.</translation>
    </message>
    <message>
        <source>No belief of this deal is rated yet; ratings go in the DM rating column.</source>
        <translation>Ни одно убеждение по этой сделке ещё не оценено; оценки ставятся в столбце «Оценка руководителя».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n belief(s) rated.</source>
        <translation>
            <numerusform>Оценено %1 из %n убеждения.</numerusform>
            <numerusform>Оценено %1 из %n убеждений.</numerusform>
            <numerusform>Оценено %1 из %n убеждений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Metrics beside the district median (%n rep(s))</source>
        <translation>
            <numerusform>Метрики менеджера и медиана по территории (по %n менеджеру)</numerusform>
            <numerusform>Метрики менеджера и медиана по территории (по %n менеджерам)</numerusform>
            <numerusform>Метрики менеджера и медиана по территории (по %n менеджерам)</numerusform>
        </translation>
    </message>
    <message>
        <source>POCs</source>
        <translation>Пилоты</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 · DOR items missing at the start: %5 · criteria: %6 · tasks overdue: %7</source>
        <translation>%1 · %2 · %3 · %4 · пункты готовности (DOR), которых не хватало на старте: %5 · критерии: %6 · просроченные задачи: %7</translation>
    </message>
    <message>
        <source>No POC on %1&apos;s deals in %2.</source>
        <translation>У сделок %1 нет пилотов в %2.</translation>
    </message>
    <message>
        <source>Plays and compliance</source>
        <translation>Сценарии продаж и соответствие</translation>
    </message>
    <message>
        <source>play steps not done: %1</source>
        <translation>невыполненные шаги сценария: %1</translation>
    </message>
    <message>
        <source>compliance artifacts not started at the stage: %1</source>
        <translation>документы соответствия, не начатые к этапу: %1</translation>
    </message>
    <message>
        <source>tasks past due: %1</source>
        <translation>задачи с прошедшим сроком: %1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::CockpitView</name>
    <message>
        <source>Open pipeline of %1</source>
        <translation>Открытая воронка: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Open a database with Ctrl+O, or create one with Ctrl+N and import a CRM export.</source>
        <translation>Откройте базу данных (Ctrl+O) или создайте новую (Ctrl+N) и импортируйте выгрузку CRM.</translation>
    </message>
    <message>
        <source>Loading the database...</source>
        <translation>Загрузка базы данных…</translation>
    </message>
    <message>
        <source>The cockpit appears as soon as the data is read.</source>
        <translation>Сводка появится, как только данные будут прочитаны.</translation>
    </message>
    <message>
        <source>No snapshots yet</source>
        <translation>Снимков пока нет</translation>
    </message>
    <message>
        <source>Import a CRM export (Ctrl+I): Salesforce, Maven CRM or the canonical CSV.</source>
        <translation>Импортируйте выгрузку CRM (Ctrl+I): Salesforce, Maven CRM или канонический CSV.</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best Case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Required weekly run rate</source>
        <translation>Требуемый темп в неделю</translation>
    </message>
    <message>
        <source>Click to list the deals behind this number in the inspection queue</source>
        <translation>Щёлкните, чтобы показать в очереди проверки сделки, из которых складывается этот показатель</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Поручения со сроком до конца недели</translation>
    </message>
    <message>
        <source>Team table</source>
        <translation>Таблица команды</translation>
    </message>
    <message>
        <source>%1 · Q%2 FY%3, as of %4</source>
        <translation>%1 · %2 кв. %3 · на %4</translation>
    </message>
    <message>
        <source>  ·  changes since %1</source>
        <translation>  ·  изменения с %1</translation>
    </message>
    <message>
        <source>no earlier snapshot</source>
        <translation>более раннего снимка нет</translation>
    </message>
    <message>
        <source>%1 attained</source>
        <translation>выполнено %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>прогноз %1</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>покрыто</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>цель %1</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>было %1</translation>
    </message>
    <message>
        <source>weighted %1</source>
        <translation>взвешенное %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks left</source>
        <translation>
            <numerusform>осталась %n неделя</numerusform>
            <numerusform>осталось %n недели</numerusform>
            <numerusform>осталось %n недель</numerusform>
        </translation>
    </message>
    <message>
        <source>gap closed</source>
        <translation>разрыв закрыт</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>в неделю</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <source>Commit deals</source>
        <translation>Сделки в Commit</translation>
    </message>
    <message>
        <source>Best Case deals</source>
        <translation>Сделки в Best Case</translation>
    </message>
    <message>
        <source>Pipeline deals</source>
        <translation>Сделки в Pipeline</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Открытая воронка</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deals of %1</source>
        <translation>Сделки: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new pattern(s) since %1</source>
        <translation>
            <numerusform>%n новая закономерность с %1</numerusform>
            <numerusform>%n новые закономерности с %1</numerusform>
            <numerusform>%n новых закономерностей с %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n закономерность</numerusform>
            <numerusform>%n закономерности</numerusform>
            <numerusform>%n закономерностей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all</source>
        <translation>
            <numerusform>всего %n</numerusform>
            <numerusform>всего %n</numerusform>
            <numerusform>всего %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the Insights view: patterns, anomalies, dichotomies and outliers with their evidence</source>
        <translation>Открыть представление «Наблюдения»: закономерности, аномалии, расхождения и выбросы с основаниями</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n неделя</numerusform>
            <numerusform>%n недели</numerusform>
            <numerusform>%n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>  ·  changes since %1 (%2, fixed compare-to date)</source>
        <translation>  ·  изменения с %1 (%2, закреплённая дата сравнения)</translation>
    </message>
    <message>
        <source>no quota recorded</source>
        <translation>план не задан</translation>
    </message>
</context>
<context>
    <name>dmc::ui::ComplianceMatrixModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, stage %3</source>
        <translation>%1, %2, этап %3</translation>
    </message>
    <message>
        <source>%1 · started %2</source>
        <translation>%1 · начат %2</translation>
    </message>
    <message>
        <source>Required by %1, entered %2</source>
        <translation>Требуется к этапу %1, вход в этап %2</translation>
    </message>
    <message>
        <source>Required by %1, not entered yet</source>
        <translation>Требуется к этапу %1, этап ещё не достигнут</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Начат %1</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Готов %1</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
</context>
<context>
    <name>dmc::ui::CoverageChart</name>
    <message>
        <source>Coverage by rep (target %1)</source>
        <translation>Покрытие по менеджерам (цель %1)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Gap closed</source>
        <translation>Разрыв закрыт</translation>
    </message>
    <message>
        <source>Open pipeline / gap</source>
        <translation>Открытая воронка / разрыв</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Цель %1</translation>
    </message>
    <message>
        <source>Coverage by rep: no quota recorded</source>
        <translation>Покрытие по менеджерам: план не задан</translation>
    </message>
</context>
<context>
    <name>dmc::ui::DealChangeModel</name>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>%1, %2, %3, closes %4</source>
        <translation>%1, %2, %3, закрытие %4</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Effect on pipeline</source>
        <translation>Влияние на воронку</translation>
    </message>
</context>
<context>
    <name>dmc::ui::DealDetailView</name>
    <message>
        <source>not started</source>
        <translation>не начата</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершена</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <source>active</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не удался</translation>
    </message>
    <message>
        <source>new business</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>expansion</source>
        <translation>расширение</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>продление</translation>
    </message>
    <message>
        <source>No deal selected</source>
        <translation>Сделка не выбрана</translation>
    </message>
    <message>
        <source>Select a row in the inspection queue, or double-click a deal in any list.</source>
        <translation>Выберите строку в очереди проверки или дважды щёлкните сделку в любом списке.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>MEDDPICC</source>
        <translation>MEDDPICC</translation>
    </message>
    <message>
        <source>Proof of concept</source>
        <translation>Пилот (POC)</translation>
    </message>
    <message>
        <source>History across snapshots (changes in bold)</source>
        <translation>История по снимкам (изменения выделены жирным)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Stage entered</source>
        <translation>Дата входа в этап</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Security review</source>
        <translation>Проверка ИБ</translation>
    </message>
    <message>
        <source>Legal review</source>
        <translation>Юридическая проверка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Плановое завершение</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Последняя сверка</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Критерии успеха</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>сумма не указана</translation>
    </message>
    <message>
        <source>defined</source>
        <translation>определены</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>не определены</translation>
    </message>
    <message>
        <source>Source row unknown (imported before source tracking).</source>
        <translation>Исходная строка неизвестна (импортировано до того, как стали сохраняться источники).</translation>
    </message>
    <message>
        <source>Imported from %1, line %2 (import #%3).</source>
        <translation>Импортировано из %1, строка %2 (импорт № %3).</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>POC status</comment>
        <translation>завершён</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the amount in the deal&apos;s own currency</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Imported from %1 (import #%2).</source>
        <translation>Импортировано из %1 (импорт № %2).</translation>
    </message>
    <message>
        <source>Deal brief...</source>
        <translation>Сводка по сделке...</translation>
    </message>
    <message>
        <source>Save a one-page brief of this deal as PDF, HTML or Markdown</source>
        <translation>Сохранить сводку по этой сделке на одну страницу в PDF, HTML или Markdown</translation>
    </message>
    <message>
        <source>Account brief...</source>
        <translation>Сводка по клиенту...</translation>
    </message>
    <message>
        <source>Save a one-page brief of this deal&apos;s account as PDF, HTML or Markdown</source>
        <translation>Сохранить сводку по клиенту этой сделки на одну страницу в PDF, HTML или Markdown</translation>
    </message>
    <message>
        <source>Deal brief</source>
        <translation>Сводка по сделке</translation>
    </message>
    <message>
        <source>Deal brief saved to %1</source>
        <translation>Сводка по сделке сохранена: %1</translation>
    </message>
    <message>
        <source>Account brief</source>
        <translation>Сводка по клиенту</translation>
    </message>
    <message>
        <source>Account brief saved to %1</source>
        <translation>Сводка по клиенту сохранена: %1</translation>
    </message>
    <message>
        <source>POC scorecard</source>
        <translation>Карта POC</translation>
    </message>
</context>
<context>
    <name>dmc::ui::DealHistoryModel</name>
    <message>
        <source>Changed since the snapshot before</source>
        <translation>Изменилось с предыдущего снимка</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Снимок</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Qualification changes</source>
        <translation>Изменения квалификации</translation>
    </message>
</context>
<context>
    <name>dmc::ui::DealTaskModel</name>
    <message>
        <source>%1 · %2, close %3</source>
        <translation>%1 · %2, закрытие %3</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Срок прошёл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>deal task</comment>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Waits for %1</source>
        <translation>Ждёт задачу %1</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Task (indented under the task it waits for)</source>
        <translation>Задача (с отступом под задачей, которую ждёт)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>At the as-of</source>
        <translation>На дату среза</translation>
    </message>
</context>
<context>
    <name>dmc::ui::DismissInsightDialog</name>
    <message>
        <source>Dismiss pattern</source>
        <translation>Скрыть закономерность</translation>
    </message>
    <message>
        <source>%1

The note is kept with the pattern, which leaves the list until its numbers move past the ones it shows now.</source>
        <translation>%1

Заметка сохраняется вместе с закономерностью. Закономерность уходит из списка, пока её значения не выйдут за пределы нынешних.</translation>
    </message>
    <message>
        <source>Note (required), e.g. discussed in the 1:1 on Monday</source>
        <translation>Заметка (обязательно), например: обсудили на встрече 1:1 в понедельник</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>dmc::ui::DistrictComparisonModel</name>
    <message>
        <source>Region median</source>
        <translation>Медиана по региону</translation>
    </message>
    <message>
        <source>Open pipeline over the gap at the period&apos;s first snapshot</source>
        <translation>Открытая воронка к разрыву на первом снимке периода</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <source>Coverage at the start</source>
        <translation>Покрытие на начало</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигр.</translation>
    </message>
    <message>
        <source>Median cycle</source>
        <translation>Медианный цикл</translation>
    </message>
    <message>
        <source>WAPE at T-14</source>
        <translation>WAPE за 14 дн.</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Отклонения</translation>
    </message>
    <message>
        <source>Won deals of %1</source>
        <translation>Выигранные сделки: %1</translation>
    </message>
    <message>
        <source>Decided deals of %1</source>
        <translation>Сделки с решением: %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no value</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>No value: WAPE needs the period closed, the cycle a won deal, the win rate a decided one, attainment a quota, coverage a gap.</source>
        <translation>Нет значения: для WAPE нужен закрытый период, для цикла — выигранная сделка, для доли выигранных — сделка с решением, для выполнения плана — план, для покрытия — разрыв.</translation>
    </message>
</context>
<context>
    <name>dmc::ui::ExportPreviewDialog</name>
    <message>
        <source>Cannot save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>This is what the export will say. Save it as PDF, HTML or Markdown.</source>
        <translation>Так будет выглядеть экспорт. Сохраните его в PDF, HTML или Markdown.</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exceptions as CSV (*.csv)</source>
        <translation>Отклонения в CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>Сохранить экспорт</translation>
    </message>
</context>
<context>
    <name>dmc::ui::FollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
</context>
<context>
    <name>dmc::ui::ForecastAccuracyView</name>
    <message>
        <source>No closed period yet</source>
        <translation>Закрытых периодов пока нет</translation>
    </message>
    <message>
        <source>Accuracy needs snapshots up to the end of a period. Import more weeks of history.</source>
        <translation>Для точности прогноза нужны снимки до конца периода. Импортируйте историю за большее число недель.</translation>
    </message>
    <message>
        <source>Forecast accuracy per rep</source>
        <translation>Точность прогноза по менеджерам</translation>
    </message>
    <message>
        <source>WAPE and slip rate by period</source>
        <translation>WAPE и доля сдвигов по периодам</translation>
    </message>
    <message>
        <source>WAPE at T-7</source>
        <translation>WAPE за 7 дней до конца</translation>
    </message>
    <message>
        <source>WAPE at T-14</source>
        <translation>WAPE за 14 дней до конца</translation>
    </message>
    <message>
        <source>Slip rate from T-14</source>
        <translation>Доля сдвигов из Commit за 14 дней до конца</translation>
    </message>
    <message>
        <source>Last closed period %1</source>
        <translation>Последний закрытый период: %1</translation>
    </message>
    <message>
        <source>WAPE at T-7 %1</source>
        <translation>WAPE за 7 дней до конца: %1</translation>
    </message>
    <message>
        <source>WAPE at T-14 %1</source>
        <translation>WAPE за 14 дней до конца: %1</translation>
    </message>
    <message>
        <source>slip rate %1 (%2 of %3 Commit at T-14)</source>
        <translation>доля сдвигов %1 (%2 из %3 в Commit за 14 дней до конца)</translation>
    </message>
    <message>
        <source>WAPE (weighted absolute percentage error): the gaps between each rep&apos;s forecast and what the rep won, added up without their sign and divided by the total won; 0% when every forecast equals what was won. T-14 and T-7: 14 and 7 days before the period&apos;s last day. Slip rate: the share of the Commit at T-14 lost, removed or moved out of the period by its end.</source>
        <translation>WAPE (взвешенная ошибка прогноза): расхождения между прогнозом каждого менеджера и его фактическим выигрышем, сложенные без учёта знака и делённые на общий выигрыш; 0&#xa0;%, когда каждый прогноз равен выигранному. За 14 и за 7 дней — за 14 и 7 дней до последнего дня периода. Доля сдвигов — часть Commit за 14 дней до конца, которая к концу периода проиграна, удалена или перенесена за его пределы.</translation>
    </message>
</context>
<context>
    <name>dmc::ui::HireModel</name>
    <message>
        <source>role median</source>
        <translation>медиана по роли</translation>
    </message>
    <message>
        <source>The hire&apos;s quarterly full quota in whole units; 0: the median quota of the role&apos;s reps</source>
        <translation>Полный квартальный план найма в целых единицах; 0 — медиана плана менеджеров этой роли</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Найм</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Quarterly quota</source>
        <translation>Квартальный план</translation>
    </message>
</context>
<context>
    <name>dmc::ui::HistorySession</name>
    <message>
        <source>The audit trail could not be read. %1</source>
        <translation>Не удалось прочитать журнал изменений. %1</translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>Ничего не отменено: %1</translation>
    </message>
    <message>
        <source>Entry %1 was not reverted: %2</source>
        <translation>Запись %1 не возвращена: %2</translation>
    </message>
</context>
<context>
    <name>dmc::ui::HistoryView</name>
    <message>
        <source>Filter: a deal, rep, author or text</source>
        <translation>Фильтр: сделка, менеджер, автор или текст</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Revert this entry</source>
        <translation>Вернуть значения до этой записи</translation>
    </message>
    <message>
        <source>Writes the values before the selected entry back, as a new entry; imports are not reverted</source>
        <translation>Записывает значения, бывшие до выбранной записи, новой записью; импорт не возвращается</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Все авторы</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first.</source>
        <translation>
            <numerusform>%n запись, новые сверху.</numerusform>
            <numerusform>%n записи, новые сверху.</numerusform>
            <numerusform>%n записей, новые сверху.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deal no longer in the data: %n DM action entries, kept.</source>
        <translation>
            <numerusform>Сделки больше нет в данных: %n запись о действиях руководителя, сохранена.</numerusform>
            <numerusform>Сделки больше нет в данных: %n записи о действиях руководителя, сохранены.</numerusform>
            <numerusform>Сделки больше нет в данных: %n записей о действиях руководителя, сохранены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::ImportDialog</name>
    <message>
        <source>Import profile</source>
        <translation>Профиль импорта</translation>
    </message>
    <message>
        <source>Import profiles (*.json)</source>
        <translation>Профили импорта (*.json)</translation>
    </message>
    <message>
        <source>Import CRM export</source>
        <translation>Импорт выгрузки CRM</translation>
    </message>
    <message>
        <source>&amp;Files to import (a folder means every file in it):</source>
        <translation>&amp;Файлы для импорта (папка — все файлы в ней):</translation>
    </message>
    <message>
        <source>Add files...</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add folder...</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Профиль:</translation>
    </message>
    <message>
        <source>Salesforce export (Opportunity.csv + OpportunityHistory.csv)</source>
        <translation>Выгрузка Salesforce (Opportunity.csv + OpportunityHistory.csv)</translation>
    </message>
    <message>
        <source>Maven CRM Sales Opportunities</source>
        <translation>Maven CRM Sales Opportunities</translation>
    </message>
    <message>
        <source>DM Cockpit canonical CSV / JSON</source>
        <translation>Канонический CSV / JSON DM Cockpit</translation>
    </message>
    <message>
        <source>Other profile file...</source>
        <translation>Другой файл профиля…</translation>
    </message>
    <message>
        <source>Profile file: %1</source>
        <translation>Файл профиля: %1</translation>
    </message>
    <message>
        <source>&amp;As-of date for exports without history:</source>
        <translation>&amp;Дата среза для выгрузок без истории:</translation>
    </message>
    <message>
        <source>&amp;Lenient: keep the valid rows and write the rejected ones to a CSV beside the database</source>
        <translation>&amp;Мягкий режим: импортировать корректные строки, а отбракованные записать в CSV рядом с базой данных</translation>
    </message>
    <message>
        <source>Imports run in one transaction: when a strict import meets a bad row, nothing is changed and the file, line and reason are shown.</source>
        <translation>Импорт выполняется одной транзакцией: если строгий импорт встречает некорректную строку, ничего не меняется, а на экране — файл, строка и причина.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Файлы для импорта</translation>
    </message>
    <message>
        <source>CRM exports (*.csv *.json *.txt);;All files (*)</source>
        <translation>Выгрузки CRM (*.csv *.json *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Папка для импорта</translation>
    </message>
    <message>
        <source>Bitrix24 deal export (CSV)</source>
        <translation>Экспорт сделок Битрикс24 (CSV)</translation>
    </message>
    <message>
        <source>amoCRM deal export (CSV)</source>
        <translation>Экспорт сделок amoCRM (CSV)</translation>
    </message>
</context>
<context>
    <name>dmc::ui::ImportRunner</name>
    <message>
        <source>This export was imported before; nothing changed.</source>
        <translation>Эта выгрузка уже импортировалась; ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows read, %2 accepted, %3 rejected. %n deals stored.</source>
        <translation>
            <numerusform>Строк прочитано: %1, принято: %2, отбраковано: %3. Сохранена %n сделка.</numerusform>
            <numerusform>Строк прочитано: %1, принято: %2, отбраковано: %3. Сохранены %n сделки.</numerusform>
            <numerusform>Строк прочитано: %1, принято: %2, отбраковано: %3. Сохранено %n сделок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Отбракованные строки: %1</translation>
    </message>
    <message>
        <source>Preparing the cockpit</source>
        <translation>Подготовка сводки</translation>
    </message>
</context>
<context>
    <name>dmc::ui::InsightModel</name>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Закономерность</translation>
    </message>
    <message>
        <source>At stake</source>
        <translation>На кону</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
</context>
<context>
    <name>dmc::ui::InsightsView</name>
    <message>
        <source>All reps</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Kind of pattern</source>
        <translation>Вид закономерности</translation>
    </message>
    <message>
        <source>Rep the pattern is about</source>
        <translation>Менеджер, к которому относится закономерность</translation>
    </message>
    <message>
        <source>At stake ≥ </source>
        <translation>На кону ≥ </translation>
    </message>
    <message>
        <source>Only patterns with at least this amount at stake</source>
        <translation>Только закономерности, где на кону не меньше этой суммы</translation>
    </message>
    <message>
        <source>New only</source>
        <translation>Только новые</translation>
    </message>
    <message>
        <source>Only patterns that were not there at the compare-to snapshot and are not marked</source>
        <translation>Только закономерности, которых не было на снимке сравнения и которые ещё не отмечены</translation>
    </message>
    <message>
        <source>Show deals</source>
        <translation>Показать сделки</translation>
    </message>
    <message>
        <source>The deals behind the selected pattern, in the inspection queue (click or Enter)</source>
        <translation>Сделки, на которых основана выбранная закономерность, — в очереди проверки (щелчок или Enter)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Mark seen</source>
        <translation>Отметить просмотренной</translation>
    </message>
    <message>
        <source>Put the selected pattern back in the list, marked seen (Ctrl+M)</source>
        <translation>Вернуть выбранную закономерность в список с отметкой «просмотрено» (Ctrl+M)</translation>
    </message>
    <message>
        <source>Mark the selected pattern seen (Ctrl+M)</source>
        <translation>Отметить выбранную закономерность как просмотренную (Ctrl+M)</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Скрыть…</translation>
    </message>
    <message>
        <source>Dismiss the selected pattern with a note; it comes back when its numbers move past the recorded ones (Del)</source>
        <translation>Скрыть выбранную закономерность с заметкой; она вернётся, когда её значения выйдут за пределы записанных (Del)</translation>
    </message>
    <message numerus="yes">
        <source>Show all (%n more)</source>
        <translation>
            <numerusform>Показать все (ещё %n)</numerusform>
            <numerusform>Показать все (ещё %n)</numerusform>
            <numerusform>Показать все (ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message numerus="yes">
        <source>List every pattern, not only the first %n</source>
        <translation>
            <numerusform>Показать все закономерности, а не только первую %n</numerusform>
            <numerusform>Показать все закономерности, а не только первые %n</numerusform>
            <numerusform>Показать все закономерности, а не только первые %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismissed (%1)</source>
        <translation>Скрытые (%1)</translation>
    </message>
    <message>
        <source>The dismissed patterns with their notes; they come back by themselves when their numbers move on</source>
        <translation>Скрытые закономерности с заметками; они возвращаются сами, когда их значения меняются</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Наблюдения</translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n скрытая</numerusform>
            <numerusform>%n скрытые</numerusform>
            <numerusform>%n скрытых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>Показано %1 из %n</numerusform>
            <numerusform>Показано %1 из %n</numerusform>
            <numerusform>Показано %1 из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new since %1</source>
        <translation>
            <numerusform>%n новая с %1</numerusform>
            <numerusform>%n новые с %1</numerusform>
            <numerusform>%n новых с %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No patterns</source>
        <translation>Закономерностей нет</translation>
    </message>
    <message>
        <source>Nothing in this scope passes the insight rules at this as-of date.</source>
        <translation>В этом охвате на эту дату среза ничего не проходит правила наблюдений.</translation>
    </message>
    <message>
        <source>Open a database with CRM snapshots (Ctrl+O).</source>
        <translation>Откройте базу данных со снимками CRM (Ctrl+O).</translation>
    </message>
    <message>
        <source>Select a pattern to see its rule, baseline and the deals behind it.</source>
        <translation>Выберите закономерность, чтобы увидеть её правило, базу сравнения и сделки, на которых она основана.</translation>
    </message>
    <message>
        <source>Weeks %1 – %2</source>
        <translation>Недели %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n менеджер</numerusform>
            <numerusform>%n менеджера</numerusform>
            <numerusform>%n менеджеров</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>правило %1: %2</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>База сравнения: %1</translation>
    </message>
    <message>
        <source>Snapshots: %1</source>
        <translation>Снимки: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) behind it</source>
        <translation>
            <numerusform>%n сделка в основании</numerusform>
            <numerusform>%n сделки в основании</numerusform>
            <numerusform>%n сделок в основании</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 (%2, %3)</source>
        <translation>Заметка: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Deals behind: %1</source>
        <translation>Сделки в основании: %1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::InspectionQueueModel</name>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Отложено до %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Snoozed: %1</source>
        <translation>Отложено: %1</translation>
    </message>
    <message>
        <source>Double-click or F2 to set open / reviewed / snoozed</source>
        <translation>Двойной щелчок или F2: открыто / просмотрено / отложено</translation>
    </message>
    <message>
        <source>Double-click or F2 to add a note</source>
        <translation>Двойной щелчок или F2: добавить заметку</translation>
    </message>
    <message>
        <source>Double-click or F2 to set a follow-up date</source>
        <translation>Двойной щелчок или F2: задать срок поручения</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>No filter hit</source>
        <translation>Без срабатываний</translation>
    </message>
    <message>
        <source>No risk filter matches this deal at this as-of date.</source>
        <translation>На эту дату сделка не попадает ни под один фильтр риска.</translation>
    </message>
</context>
<context>
    <name>dmc::ui::InspectionQueueView</name>
    <message>
        <source>Search deals, accounts, reps, evidence, notes (Ctrl+F)</source>
        <translation>Поиск по сделкам, клиентам, менеджерам, основаниям и заметкам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the inspection queue</source>
        <translation>Поиск в очереди проверки</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Группировать</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Group the queue by</source>
        <translation>Группировка очереди</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Show hits the DM marked reviewed</source>
        <translation>Показать срабатывания, отмеченные как просмотренные</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Show hits hidden by a snooze</source>
        <translation>Показать отложенные срабатывания</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Inspection queue</source>
        <translation>Очередь проверки</translation>
    </message>
    <message>
        <source>Filters shown in the queue</source>
        <translation>Фильтры, показанные в очереди</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No hits to inspect</source>
        <translation>Срабатываний для проверки нет</translation>
    </message>
    <message>
        <source>Open a database with snapshots (Ctrl+O) or import a CRM export (Ctrl+I).</source>
        <translation>Откройте базу данных со снимками (Ctrl+O) или импортируйте выгрузку CRM (Ctrl+I).</translation>
    </message>
    <message>
        <source>No deal matches a risk filter</source>
        <translation>Ни одна сделка не подходит под фильтры риска</translation>
    </message>
    <message>
        <source>Nothing to inspect at this as-of date for this scope. Check the Risk filters view for the thresholds in use.</source>
        <translation>На эту дату среза в этом охвате проверять нечего. Действующие пороги — в представлении «Фильтры риска».</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n срабатывание</numerusform>
            <numerusform>%n срабатывания</numerusform>
            <numerusform>%n срабатываний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hits shown</source>
        <translation>
            <numerusform>Показано %1 из %n срабатывания</numerusform>
            <numerusform>Показано %1 из %n срабатываний</numerusform>
            <numerusform>Показано %1 из %n срабатываний</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (недоступен)</translation>
    </message>
    <message>
        <source>Not available for this data: %1.</source>
        <translation>Недоступно для этих данных: %1.</translation>
    </message>
    <message>
        <source>Nothing to inspect at this as-of date for this scope. Not available for this data: %1 (the Risk filters view gives the reasons).</source>
        <translation>На эту дату в этом охвате проверять нечего. Недоступно для этих данных: %1 (причины — в представлении «Фильтры риска»).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s), all listed below; %2 with a filter hit</source>
        <translation>
            <numerusform>%1: %n сделка, все в списке ниже; со срабатываниями: %2</numerusform>
            <numerusform>%1: %n сделки, все в списке ниже; со срабатываниями: %2</numerusform>
            <numerusform>%1: %n сделок, все в списке ниже; со срабатываниями: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deal(s), %2 listed below (the search hides the others)</source>
        <translation>
            <numerusform>%1: %n сделка, в списке ниже: %2 (остальные скрыты поиском)</numerusform>
            <numerusform>%1: %n сделки, в списке ниже: %2 (остальные скрыты поиском)</numerusform>
            <numerusform>%1: %n сделок, в списке ниже: %2 (остальные скрыты поиском)</numerusform>
        </translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Поручение: %1</translation>
    </message>
    <message>
        <source>No hit selected.</source>
        <translation>Срабатывание не выбрано.</translation>
    </message>
</context>
<context>
    <name>dmc::ui::LeaverModel</name>
    <message>
        <source>Leaver</source>
        <translation>Уходящий менеджер</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
</context>
<context>
    <name>dmc::ui::LossValueModel</name>
    <message>
        <source>under %1 lost</source>
        <translation>проиграно меньше %1</translation>
    </message>
    <message>
        <source>Shares are given from %1 lost deals in the scope.</source>
        <translation>Доли показываются, когда в выборке проиграно не меньше %1 сделок.</translation>
    </message>
    <message numerus="yes">
        <source>Double-click or press Enter to list the %n deal(s)</source>
        <translation>
            <numerusform>Двойной щелчок или Enter: показать %n сделку</numerusform>
            <numerusform>Двойной щелчок или Enter: показать %n сделки</numerusform>
            <numerusform>Двойной щелчок или Enter: показать %n сделок</numerusform>
        </translation>
    </message>
    <message>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Share of lost</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Deals lost for &quot;%1&quot;</source>
        <translation>Сделки, проигранные по причине «%1»</translation>
    </message>
    <message>
        <source>Deals lost to %1</source>
        <translation>Сделки, проигранные конкуренту %1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::MainWindow</name>
    <message>
        <source>Cannot open database</source>
        <translation>Не удаётся открыть базу данных</translation>
    </message>
    <message>
        <source>%1 - DM Cockpit</source>
        <translation>%1 — DM Cockpit</translation>
    </message>
    <message>
        <source>DM Cockpit</source>
        <translation>DM Cockpit</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>Не удаётся создать демонстрационную базу данных</translation>
    </message>
    <message>
        <source>This view is not available yet.</source>
        <translation>Это представление пока недоступно.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>&amp;New database...</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <source>Create an empty database file</source>
        <translation>Создать пустой файл базы данных</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open a DM Cockpit database (Ctrl+O)</source>
        <translation>Открыть базу данных DM Cockpit (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Импортировать…</translation>
    </message>
    <message>
        <source>Import CRM export files into this database (Ctrl+I)</source>
        <translation>Импортировать файлы выгрузки CRM в эту базу данных (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export &amp;agenda...</source>
        <translation>Экспортировать &amp;повестку…</translation>
    </message>
    <message>
        <source>Export the forecast-call agenda for the current scope (Ctrl+E)</source>
        <translation>Экспортировать повестку созвона по прогнозу для текущего охвата (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;coaching pack...</source>
        <translation>Экспортировать &amp;подготовку к встрече 1:1…</translation>
    </message>
    <message>
        <source>Export the coaching pack of the selected rep (Ctrl+Shift+E)</source>
        <translation>Экспортировать подготовку к встрече 1:1 с выбранным менеджером (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Сбросить расположение</translation>
    </message>
    <message>
        <source>Put every view back in its default place</source>
        <translation>Вернуть все представления на исходные места</translation>
    </message>
    <message>
        <source>&amp;About DM Cockpit</source>
        <translation>&amp;О DM Cockpit</translation>
    </message>
    <message>
        <source>&amp;Find in the inspection queue</source>
        <translation>&amp;Найти в очереди проверки</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language name in English, keep as is</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Русский</source>
        <comment>language name in Russian, keep as is</comment>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Language of the whole window; switches at once</source>
        <translation>Язык всего окна; переключается сразу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Перейти: %1</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Показать или скрыть: %1</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Недавних баз данных нет</translation>
    </message>
    <message>
        <source>No database open. Open one with Ctrl+O or create one with Ctrl+N.</source>
        <translation>База данных не открыта. Откройте её (Ctrl+O) или создайте новую (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 - as of %2 - DM Cockpit</source>
        <translation>%1 — на %2 — DM Cockpit</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>DM Cockpit databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы данных DM Cockpit (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>DM Cockpit databases (*.db)</source>
        <translation>Базы данных DM Cockpit (*.db)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Open or create a database first (Ctrl+O / Ctrl+N).</source>
        <translation>Сначала откройте или создайте базу данных (Ctrl+O / Ctrl+N).</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Starting the import...</source>
        <translation>Запуск импорта…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Импорт отменён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The import stopped. Nothing was changed in the database.</source>
        <translation>Импорт остановлен. В базе данных ничего не изменено.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>Line: %1</source>
        <translation>Строка: %1</translation>
    </message>
    <message>
        <source>Column: %1</source>
        <translation>Столбец: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <source>About DM Cockpit</source>
        <translation>О DM Cockpit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DM Cockpit %1&lt;/h3&gt;&lt;p&gt;Path to plan, coverage and risk for a sales district, from your CRM exports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DM Cockpit %1&lt;/h3&gt;&lt;p&gt;Путь к плану, покрытие и риски территории продаж по выгрузкам из вашей CRM.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation>Экспортировать повестку</translation>
    </message>
    <message>
        <source>Open a database with snapshots first.</source>
        <translation>Сначала откройте базу данных со снимками.</translation>
    </message>
    <message>
        <source>Forecast-call agenda</source>
        <translation>Повестка созвона по прогнозу</translation>
    </message>
    <message>
        <source>Export coaching pack</source>
        <translation>Экспортировать подготовку к встрече 1:1</translation>
    </message>
    <message>
        <source>Pick a rep in the Coaching pack view first (Ctrl+5).</source>
        <translation>Сначала выберите менеджера в представлении «Подготовка к встрече 1:1» (Ctrl+5).</translation>
    </message>
    <message>
        <source>Coaching pack: %1</source>
        <translation>Подготовка к встрече 1:1 — %1</translation>
    </message>
    <message>
        <source>Connect to &amp;team database...</source>
        <translation>Подключиться к &amp;командной базе…</translation>
    </message>
    <message>
        <source>Open a region&apos;s shared PostgreSQL database</source>
        <translation>Открыть общую базу региона на PostgreSQL</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [только чтение]</translation>
    </message>
    <message>
        <source>Local file, read-only</source>
        <translation>Локальный файл, только чтение</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локальный файл</translation>
    </message>
    <message>
        <source>Nothing can be saved: statuses, notes, follow-ups and ratings are shown, not edited.</source>
        <translation>Сохранить ничего нельзя: статусы, заметки, поручения и оценки только показываются.</translation>
    </message>
    <message>
        <source>The region&apos;s deals are read-only; your own notes are saved.</source>
        <translation>Сделки региона доступны только для чтения; ваши собственные заметки сохраняются.</translation>
    </message>
    <message>
        <source>This database role is not mapped to a district or region, so it sees no deals.</source>
        <translation>Эта роль базы данных не привязана к территории или региону, поэтому сделки ей не видны.</translation>
    </message>
    <message>
        <source>The latest backup of this database is %1, saved %2. Restoring it puts it in place of the damaged file, which is kept beside it with &quot;.damaged&quot; and the date in its name. What changed after the backup is not in it.</source>
        <translation>Последняя резервная копия этой базы — %1, сохранена %2. Восстановление ставит её на место повреждённого файла; сам файл остаётся рядом, с «.damaged» и датой в имени. Изменений, сделанных после копии, в ней нет.</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>&amp;Восстановить копию</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Не удалось восстановить резервную копию</translation>
    </message>
    <message>
        <source>Backup restored; the damaged file is kept as %1.</source>
        <translation>Резервная копия восстановлена; повреждённый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>The data of this database could not be loaded.</source>
        <translation>Данные этой базы не удалось загрузить.</translation>
    </message>
    <message>
        <source>This database holds no snapshots yet. Import a CRM export with Ctrl+I.</source>
        <translation>В этой базе пока нет снимков. Импортируйте выгрузку CRM (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <source>%n deals</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n менеджер</numerusform>
            <numerusform>%n менеджера</numerusform>
            <numerusform>%n менеджеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshots</source>
        <translation>
            <numerusform>%n снимок</numerusform>
            <numerusform>%n снимка</numerusform>
            <numerusform>%n снимков</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3 from %4 to %5</source>
        <translation>%1, %2, %3 с %4 по %5</translation>
    </message>
    <message>
        <source>computing...</source>
        <translation>расчёт…</translation>
    </message>
    <message>
        <source>Agenda saved to %1</source>
        <translation>Повестка сохранена: %1</translation>
    </message>
    <message>
        <source>Coaching pack saved to %1</source>
        <translation>Подготовка к встрече 1:1 сохранена: %1</translation>
    </message>
    <message>
        <source>&amp;Stage labels...</source>
        <translation>&amp;Названия этапов…</translation>
    </message>
    <message>
        <source>The Russian and English labels of the database&apos;s stages</source>
        <translation>Русские и английские названия этапов этой базы</translation>
    </message>
    <message>
        <source>Stage labels</source>
        <translation>Названия этапов</translation>
    </message>
    <message>
        <source>Open a database with data first.</source>
        <translation>Сначала откройте базу с данными.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Re&amp;do: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Export &amp;quarterly plan...</source>
        <translation>Экспортировать план на &amp;квартал…</translation>
    </message>
    <message>
        <source>Export the quarterly plan of the current scope and period: capacity against the need per assumption set, coverage, territory balance</source>
        <translation>Экспортировать план на квартал для текущего охвата и периода: ёмкость против потребности по наборам допущений, покрытие, баланс портфелей клиентов</translation>
    </message>
    <message>
        <source>Export quarterly plan</source>
        <translation>Экспортировать план на квартал</translation>
    </message>
    <message>
        <source>Building the quarterly plan…</source>
        <translation>Строится план на квартал…</translation>
    </message>
    <message>
        <source>Quarterly plan: %1, %2</source>
        <translation>План на квартал: %1, %2</translation>
    </message>
    <message>
        <source>Quarterly plan saved to %1</source>
        <translation>План на квартал сохранён: %1</translation>
    </message>
    <message>
        <source>The view &quot;%1&quot; looks at a scope this data does not hold; the scope stays as it is.</source>
        <translation>Вид «%1» смотрит на охват, которого нет в этих данных; охват остаётся прежним.</translation>
    </message>
    <message>
        <source>Export agenda by &amp;district...</source>
        <translation>Экспортировать повестку по &amp;территориям...</translation>
    </message>
    <message>
        <source>Save the agenda of each district of the current scope as its own PDF in a folder</source>
        <translation>Сохранить повестку каждой территории текущего охвата отдельным PDF в папку</translation>
    </message>
    <message>
        <source>Export agenda by district</source>
        <translation>Экспорт повестки по территориям</translation>
    </message>
    <message>
        <source>The scope is one rep: pick a region, a district or all reps in the toolbar first.</source>
        <translation>В охвате один менеджер: сначала выберите на панели регион, территорию или всех менеджеров.</translation>
    </message>
    <message>
        <source>Folder for the district agendas</source>
        <translation>Папка для повесток территорий</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Запуск...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>District %1 (%2 of %3)</source>
        <translation>Территория %1 (%2 из %3)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n district agenda(s) saved to %2</source>
        <translation>
            <numerusform>Остановлено: в %2 сохранено %1 из %n повестки территорий</numerusform>
            <numerusform>Остановлено: в %2 сохранено %1 из %n повесток территорий</numerusform>
            <numerusform>Остановлено: в %2 сохранено %1 из %n повесток территорий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district agenda(s) saved to %1</source>
        <translation>
            <numerusform>В %1 сохранена %n повестка территории</numerusform>
            <numerusform>В %1 сохранены %n повестки территорий</numerusform>
            <numerusform>В %1 сохранено %n повесток территорий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::MeddpiccMatrixModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · closes %4</source>
        <translation>%1 · %2 · %3 · закрытие %4</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dmc::ui::MeddpiccModel</name>
    <message>
        <source>Element</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>dmc::ui::PackMetricsModel</name>
    <message>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>District median</source>
        <translation>Медиана по территории</translation>
    </message>
</context>
<context>
    <name>dmc::ui::PackNumbersModel</name>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Изменение с %1</translation>
    </message>
    <message>
        <source>No earlier snapshot</source>
        <translation>Более раннего снимка нет</translation>
    </message>
</context>
<context>
    <name>dmc::ui::PartnerModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 won, %2 lost</source>
        <translation>выиграно %1, проиграно %2</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Capabilities: %1
Segments: %2
Contract vehicles: %3</source>
        <translation>Компетенции: %1
Сегменты: %2
Контрактные механизмы: %3</translation>
    </message>
    <message>
        <source>Deals of the period the partner is the primary partner of, and their amount</source>
        <translation>Сделки периода, в которых партнёр — основной, и их сумма</translation>
    </message>
    <message>
        <source>Deals of the scope decided by the as-of with a row of the partner, any close date</source>
        <translation>Сделки охвата, закрытые к дате среза, со строкой партнёра, при любой дате закрытия</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Capabilities, segments, vehicles</source>
        <translation>Компетенции, сегменты, механизмы</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Привлечены партнёром</translation>
    </message>
    <message>
        <source>Influenced</source>
        <translation>С участием партнёра</translation>
    </message>
    <message>
        <source>Co-sell</source>
        <translation>Совместные продажи</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных сделок</translation>
    </message>
</context>
<context>
    <name>dmc::ui::PathToPlanChart</name>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Week of the period</source>
        <translation>Неделя периода</translation>
    </message>
    <message>
        <source>Path to plan</source>
        <translation>Путь к плану</translation>
    </message>
    <message>
        <source>Plan: the quota spread evenly by day over the period.</source>
        <translation>План: план периода, распределённый равномерно по дням.</translation>
    </message>
    <message>
        <source>Won: won in the period to date, as each week&apos;s snapshot records it (the Won tile).</source>
        <translation>Выиграно: выиграно в периоде на дату, по снимку каждой недели (плитка «Выиграно»).</translation>
    </message>
    <message>
        <source>Commit: the commit forecast at each week&apos;s snapshot (the forecast on the Commit tile).</source>
        <translation>Commit: прогноз Commit по снимку каждой недели (прогноз на плитке Commit).</translation>
    </message>
    <message>
        <source>Best case: the best-case forecast at each week&apos;s snapshot.</source>
        <translation>Best Case: прогноз Best Case по снимку каждой недели.</translation>
    </message>
    <message>
        <source>Week %1, to %2</source>
        <translation>Неделя %1, по %2</translation>
    </message>
    <message>
        <source>Week %1, snapshot of %2</source>
        <translation>Неделя %1, снимок от %2</translation>
    </message>
</context>
<context>
    <name>dmc::ui::PipelineChangesView</name>
    <message>
        <source>Every deal that moved</source>
        <translation>Все сделки с изменениями</translation>
    </message>
    <message>
        <source>Deals behind &quot;%1&quot;: %2</source>
        <translation>Сделки: «%1», %2</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>All open pipeline</source>
        <translation>Вся открытая воронка</translation>
    </message>
    <message>
        <source>Forecast category of the bridge</source>
        <translation>Категория прогноза для каскада</translation>
    </message>
    <message>
        <source>Deals behind the selected change</source>
        <translation>Сделки выбранного изменения</translation>
    </message>
    <message>
        <source>No pipeline changes to show</source>
        <translation>Изменений воронки нет</translation>
    </message>
    <message>
        <source>Open a database with at least two snapshots; pick the as-of and compare-to dates in the toolbar.</source>
        <translation>Откройте базу данных хотя бы с двумя снимками и выберите на панели инструментов дату среза и дату для сравнения.</translation>
    </message>
    <message>
        <source>Only one snapshot</source>
        <translation>Только один снимок</translation>
    </message>
    <message>
        <source>Changes need an earlier snapshot to compare with. Import another week&apos;s export.</source>
        <translation>Для изменений нужен более ранний снимок для сравнения. Импортируйте выгрузку за другую неделю.</translation>
    </message>
    <message>
        <source>%1 to %2: open pipeline %3 → %4</source>
        <translation>С %1 по %2: открытая воронка %3 → %4</translation>
    </message>
    <message>
        <source>Every deal that moved (click a bar to see the deals behind it)</source>
        <translation>Все сделки с изменениями (щёлкните полосу, чтобы увидеть её сделки)</translation>
    </message>
</context>
<context>
    <name>dmc::ui::PlayDealModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Steps due</source>
        <translation>Шагов к этапу</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Steps due and not done</source>
        <translation>Шаги к этапу, не выполненные</translation>
    </message>
</context>
<context>
    <name>dmc::ui::PlayModel</name>
    <message numerus="yes">
        <source>%1 (%n in common)</source>
        <translation>
            <numerusform>%1 (%n общий атрибут)</numerusform>
            <numerusform>%1 (%n общих атрибута)</numerusform>
            <numerusform>%1 (%n общих атрибутов)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2; co-sell %3 won, %4 lost</source>
        <translation>%1: %2; совместные продажи: выиграно %3, проиграно %4</translation>
    </message>
    <message>
        <source>Deals with every step due by their stage done</source>
        <translation>Сделки, у которых выполнены все шаги к текущему этапу</translation>
    </message>
    <message>
        <source>Partners whose capabilities, segments or vehicles match the play&apos;s, by name</source>
        <translation>Партнёры, чьи компетенции, сегменты или механизмы совпадают с атрибутами сценария, по имени</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Deals meeting the criteria</source>
        <translation>Подходящие сделки</translation>
    </message>
    <message>
        <source>Every step due done</source>
        <translation>Все шаги к этапу выполнены</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Соблюдение сценария</translation>
    </message>
    <message>
        <source>Partners with matching attributes</source>
        <translation>Партнёры с совпадающими атрибутами</translation>
    </message>
</context>
<context>
    <name>dmc::ui::PlaysPartnersView</name>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Plays</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соответствие</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) of %1 open at %3 or decided in %2.</source>
        <translation>
            <numerusform>%1: %n сделка, открытая на %3 или закрытая в периоде %2.</numerusform>
            <numerusform>%1: %n сделки, открытые на %3 или закрытые в периоде %2.</numerusform>
            <numerusform>%1: %n сделок, открытых на %3 или закрытых в периоде %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner coverage: %1 of %2 open pipeline has a partner row (%3); %4 of %5 open deals.</source>
        <translation>Покрытие партнёрами: у %1 из %2 открытой воронки есть строка партнёра (%3); сделок: %4 из %5 открытых.</translation>
    </message>
    <message>
        <source>With and without a partner, deals decided in %1; a figure needs n of at least %2, below it the n alone.</source>
        <translation>С партнёром и без, сделки, закрытые в периоде %1; значение — при n не меньше %2, при меньшем n — только n.</translation>
    </message>
    <message numerus="yes">
        <source>%n play(s). Select a play to list its deals; a deal&apos;s missing steps are the steps due by its stage without a done task. Double-click a deal to show it.</source>
        <translation>
            <numerusform>%n сценарий. Выберите сценарий, чтобы увидеть его сделки; невыполненные шаги сделки — шаги к её этапу без выполненной задачи. Двойной щелчок по сделке открывает её.</numerusform>
            <numerusform>%n сценария. Выберите сценарий, чтобы увидеть его сделки; невыполненные шаги сделки — шаги к её этапу без выполненной задачи. Двойной щелчок по сделке открывает её.</numerusform>
            <numerusform>%n сценариев. Выберите сценарий, чтобы увидеть его сделки; невыполненные шаги сделки — шаги к её этапу без выполненной задачи. Двойной щелчок по сделке открывает её.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 required artifacts started on or before the deal entered the stage the play names (%3).</source>
        <translation>%1 из %2 требуемых документов соответствия начаты не позже входа сделки в этап, названный сценарием (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) of these deals at %1; a chain is a run of open tasks each waiting for the one before.</source>
        <translation>
            <numerusform>%n задача этих сделок на %1; цепочка — открытые задачи подряд, каждая ждёт предыдущую.</numerusform>
            <numerusform>%n задачи этих сделок на %1; цепочка — открытые задачи подряд, каждая ждёт предыдущую.</numerusform>
            <numerusform>%n задач этих сделок на %1; цепочка — открытые задачи подряд, каждая ждёт предыдущую.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plays and partners not available</source>
        <translation>Сценарии и партнёры недоступны</translation>
    </message>
    <message>
        <source>No partner, play, compliance or task data</source>
        <translation>Нет данных о партнёрах, сценариях, соответствии или задачах</translation>
    </message>
    <message>
        <source>Open a database with plays and partners (Ctrl+O).</source>
        <translation>Откройте базу со сценариями и партнёрами (Ctrl+O).</translation>
    </message>
    <message>
        <source>The import has no partners.csv, opportunity_partners.csv, plays.csv, compliance.csv or tasks.csv rows, no Partner.csv, OpportunityPartner.csv or partner campaign rows of a Salesforce export, and no deal names a partner.</source>
        <translation>В импорте нет строк partners.csv, opportunity_partners.csv, plays.csv, compliance.csv или tasks.csv, нет строк Partner.csv, OpportunityPartner.csv или партнёрских кампаний из выгрузки Salesforce, и ни у одной сделки не указан партнёр.</translation>
    </message>
</context>
<context>
    <name>dmc::ui::PocBoardModel</name>
    <message>
        <source>none</source>
        <comment>no tasks</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 open · %2 overdue</source>
        <translation>открыто %1 · просрочено %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n measurable · %1 met · %2 not met</source>
        <translation>
            <numerusform>%n измеримый · выполнено %1 · не выполнено %2</numerusform>
            <numerusform>%n измеримых · выполнено %1 · не выполнено %2</numerusform>
            <numerusform>%n измеримых · выполнено %1 · не выполнено %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 held</source>
        <translation>проведено %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>проведена %n</numerusform>
            <numerusform>проведено %n</numerusform>
            <numerusform>проведено %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Planned and actual</source>
        <translation>План и факт</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>DOR at start</source>
        <translation>Готовность на старте</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Сверки</translation>
    </message>
    <message>
        <source>Buyer tasks</source>
        <translation>Задачи покупателя</translation>
    </message>
    <message>
        <source>Seller tasks</source>
        <translation>Задачи продавца</translation>
    </message>
    <message numerus="yes">
        <source>DOR complete at the start: %1 of %2 started POCs with a checklist (%3); %n started without one.</source>
        <translation>
            <numerusform>Полная готовность (DOR) на старте: %1 из %2 начатых POC с чек-листом (%3); без чек-листа начат %n.</numerusform>
            <numerusform>Полная готовность (DOR) на старте: %1 из %2 начатых POC с чек-листом (%3); без чек-листа начато %n.</numerusform>
            <numerusform>Полная готовность (DOR) на старте: %1 из %2 начатых POC с чек-листом (%3); без чек-листа начато %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duration in days: median %1, 75th percentile %2 (n = %3). Past the planned end: %4 of %5; days over the plan: median %6.</source>
        <translation>Длительность в днях: медиана %1, 75-й процентиль %2 (n = %3). После плановой даты окончания: %4 из %5; дней сверх плана: медиана %6.</translation>
    </message>
    <message>
        <source>Criteria met: %1 of %2 with a result. Technical wins: %3 of %4 with an outcome. Check-ins held: %5 of %6 planned.</source>
        <translation>Критерии выполнены: %1 из %2 с результатом. Технических успехов: %3 из %4 с итогом. Сверки проведены: %5 из %6 запланированных.</translation>
    </message>
    <message>
        <source>Deals decided in the period: with a POC %1 won (n = %2), without %3 won (n = %4).</source>
        <translation>Сделки, решённые в периоде: с POC выиграно %1 (n = %2), без POC — %3 (n = %4).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 ended</source>
        <translation>%1: %2 из %3 оконченных</translation>
    </message>
    <message numerus="yes">
        <source>POC to won within %n days, by start quarter: %1.</source>
        <translation>
            <numerusform>POC → выигрыш в течение %n дня, по кварталу старта: %1.</numerusform>
            <numerusform>POC → выигрыш в течение %n дней, по кварталу старта: %1.</numerusform>
            <numerusform>POC → выигрыш в течение %n дней, по кварталу старта: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::PocBoardView</name>
    <message numerus="yes">
        <source>%n POC(s) of %1 in %2, as of %3.</source>
        <translation>
            <numerusform>%n POC: %1, %2, на %3.</numerusform>
            <numerusform>%n POC: %1, %2, на %3.</numerusform>
            <numerusform>%n POC: %1, %2, на %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time line: light bar the planned days, dark bar the days run (so far), orange the days past the planned end, red line the as-of. Double-click a POC to show its deal.</source>
        <translation>Шкала времени: светлая полоса — дни по плану, тёмная — прошедшие дни, оранжевая — дни после планового окончания, красная линия — дата среза. Двойной щелчок по POC показывает его сделку.</translation>
    </message>
    <message>
        <source>POC board</source>
        <translation>Доска POC</translation>
    </message>
    <message>
        <source>POC scorecard</source>
        <translation>Карта POC</translation>
    </message>
    <message>
        <source>No POCs in this scope and period</source>
        <translation>Нет POC в этом охвате и периоде</translation>
    </message>
    <message>
        <source>No POC of a deal in this scope runs in the period: the import has no pocs.csv rows and no deal with POC fields for it.</source>
        <translation>Ни один POC сделок этого охвата не приходится на период: в импорте нет строк pocs.csv и сделок с полями POC для него.</translation>
    </message>
    <message>
        <source>Open a database with POCs (Ctrl+O).</source>
        <translation>Откройте базу с POC (Ctrl+O).</translation>
    </message>
    <message>
        <source>POC digest saved to %1</source>
        <translation>Сводка по пилотам сохранена: %1</translation>
    </message>
    <message>
        <source>&amp;Weekly digest...</source>
        <translation>&amp;Сводка за неделю...</translation>
    </message>
    <message>
        <source>Save the weekly POC digest of this board: what changed since the compare-to date, days left and overdue tasks by side (PDF, HTML, Markdown)</source>
        <translation>Сохранить еженедельную сводку по пилотам этой доски: что изменилось с даты сравнения, сколько дней осталось и просроченные задачи по сторонам (PDF, HTML, Markdown)</translation>
    </message>
</context>
<context>
    <name>dmc::ui::PocScorecardModel</name>
    <message>
        <source>Definition of ready at the start</source>
        <translation>Готовность к старту (DOR)</translation>
    </message>
    <message numerus="yes">
        <source>Success criteria (%n)</source>
        <translation>
            <numerusform>Критерии успеха (%n)</numerusform>
            <numerusform>Критерии успеха (%n)</numerusform>
            <numerusform>Критерии успеха (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins (%n)</source>
        <translation>
            <numerusform>Сверки (%n)</numerusform>
            <numerusform>Сверки (%n)</numerusform>
            <numerusform>Сверки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mutual action plan: buyer %1 open, %2 overdue; seller %3 open, %4 overdue</source>
        <translation>Совместный план: у покупателя открыто %1, просрочено %2; у продавца открыто %3, просрочено %4</translation>
    </message>
    <message>
        <source>POC %1 · %2</source>
        <translation>POC %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>не обязателен</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ да</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ нет</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no metric or target</source>
        <translation>нет метрики или цели</translation>
    </message>
    <message>
        <source>changed %1, after the start</source>
        <translation>изменён %1, после старта</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>Запланирована на %1</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Не запланирована</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>проведена %1</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>не проведена</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>выполнена %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>dmc::ui::QuarterlyReviewView</name>
    <message>
        <source>&amp;Compared with</source>
        <translation>&amp;Сравнение с</translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation>предыдущим периодом</translation>
    </message>
    <message>
        <source>the same period a year before</source>
        <translation>тем же периодом годом ранее</translation>
    </message>
    <message>
        <source>Baseline of the review</source>
        <translation>База сравнения обзора</translation>
    </message>
    <message>
        <source>&amp;Terms</source>
        <translation>&amp;Составляющие</translation>
    </message>
    <message>
        <source>with the mix across deal types</source>
        <translation>со структурой по типам сделок</translation>
    </message>
    <message>
        <source>with the mix across segments</source>
        <translation>со структурой по сегментам</translation>
    </message>
    <message>
        <source>three factors over the whole scope</source>
        <translation>три множителя по всей выборке</translation>
    </message>
    <message>
        <source>Terms of the bookings bridge</source>
        <translation>Составляющие изменения продаж</translation>
    </message>
    <message>
        <source>Bridge by deal type</source>
        <translation>Разложение по типу сделки</translation>
    </message>
    <message>
        <source>Bridge by account segment</source>
        <translation>Разложение по сегменту клиента</translation>
    </message>
    <message>
        <source>Win and loss</source>
        <translation>Выигрыши и проигрыши</translation>
    </message>
    <message>
        <source>Source mix: deals created and decided in the period</source>
        <translation>Источники: сделки, созданные и решённые в периоде</translation>
    </message>
    <message>
        <source>Forecast accuracy of the last closed periods</source>
        <translation>Точность прогноза за последние закрытые периоды</translation>
    </message>
    <message>
        <source>Win and loss per rep</source>
        <translation>Выигрыши и проигрыши по менеджерам</translation>
    </message>
    <message>
        <source>Win and loss per district</source>
        <translation>Выигрыши и проигрыши по территориям</translation>
    </message>
    <message>
        <source>Building the review…</source>
        <translation>Обзор собирается…</translation>
    </message>
    <message>
        <source>No review to show</source>
        <translation>Обзора пока нет</translation>
    </message>
    <message>
        <source>Open a database with snapshots; the review follows the scope and period chosen in the toolbar.</source>
        <translation>Откройте базу со снимками; обзор строится по выборке и периоду, выбранным на панели инструментов.</translation>
    </message>
    <message>
        <source>The bookings of the period and of the baseline are being read.</source>
        <translation>Читаются продажи периода и базы сравнения.</translation>
    </message>
    <message>
        <source>No snapshot holds %1</source>
        <translation>Нет снимка за %1</translation>
    </message>
    <message>
        <source>The review reads a period at a snapshot inside or after it. Pick another period in the toolbar, or import that period&apos;s weeks.</source>
        <translation>Обзор читает период по снимку внутри него или после него. Выберите другой период на панели инструментов или импортируйте недели этого периода.</translation>
    </message>
    <message>
        <source>Bookings bridge, %1 against %2</source>
        <translation>Разложение продаж: %2 → %1</translation>
    </message>
    <message>
        <source>Renewal outlook: renewals due %1 to %2</source>
        <translation>Предстоящие продления: %1 – %2</translation>
    </message>
    <message>
        <source>Districts of region %1 beside the region median</source>
        <translation>Территории региона %1 рядом с медианой по региону</translation>
    </message>
    <message>
        <source>Click a bar, or double-click a row or a cell (or press Enter), to list its deals in the inspection queue; a deal there opens in Deal detail.</source>
        <translation>Щелчок по столбцу, двойной щелчок по строке или ячейке (или Enter) показывает их сделки в очереди проверки; сделка оттуда открывается в карточке сделки.</translation>
    </message>
    <message>
        <source>&amp;Review of</source>
        <translation>&amp;Обзор за</translation>
    </message>
    <message>
        <source>%1, the whole quarter</source>
        <translation>%1, весь квартал</translation>
    </message>
    <message>
        <source>Period of the review</source>
        <translation>Период обзора</translation>
    </message>
    <message>
        <source>&amp;Save as document...</source>
        <translation>Со&amp;хранить как документ...</translation>
    </message>
    <message>
        <source>Save this review as a PDF, HTML or Markdown document</source>
        <translation>Сохранить этот обзор как документ PDF, HTML или Markdown</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>Обзор сохранён: %1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::QueryBar</name>
    <message>
        <source>Query</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Scope: the company, a region, a district or one rep (Ctrl+Shift+S)</source>
        <translation>Охват: компания, регион, территория или один менеджер (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>Fiscal period the numbers are for (Ctrl+Shift+P)</source>
        <translation>Финансовый период, за который рассчитаны показатели (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Fiscal period</source>
        <translation>Финансовый период</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>&amp;На дату</translation>
    </message>
    <message>
        <source>The snapshot the numbers are computed from</source>
        <translation>Снимок, по которому рассчитаны показатели</translation>
    </message>
    <message>
        <source>As-of snapshot</source>
        <translation>Снимок на дату среза</translation>
    </message>
    <message>
        <source>Co&amp;mpare to</source>
        <translation>&amp;Сравнить с</translation>
    </message>
    <message>
        <source>Compare-to snapshot</source>
        <translation>Снимок для сравнения</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Предыдущая неделя</translation>
    </message>
    <message>
        <source>As of the previous snapshot (Alt+Left)</source>
        <translation>На дату предыдущего снимка (Alt+Влево)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Следующая неделя</translation>
    </message>
    <message>
        <source>As of the next snapshot (Alt+Right)</source>
        <translation>На дату следующего снимка (Alt+Вправо)</translation>
    </message>
    <message>
        <source>Choose scope</source>
        <translation>Выбрать охват</translation>
    </message>
    <message>
        <source>Choose period</source>
        <translation>Выбрать период</translation>
    </message>
    <message>
        <source>Choose compare-to snapshot</source>
        <translation>Выбрать снимок для сравнения</translation>
    </message>
    <message>
        <source>No scope</source>
        <translation>Охват не выбран</translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>%1 целиком</translation>
    </message>
    <message>
        <source>no snapshots</source>
        <translation>снимков нет</translation>
    </message>
    <message>
        <source>The earlier snapshot for changes and deltas: the one before the as-of, or a date kept while the as-of moves (Ctrl+Shift+C)</source>
        <translation>Более ранний снимок для изменений и разниц: предыдущий перед датой среза или выбранная дата, которая сохраняется при смене даты среза (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Previous snapshot</source>
        <translation>Предыдущий снимок</translation>
    </message>
</context>
<context>
    <name>dmc::ui::QueueActions</name>
    <message>
        <source>Mark &amp;reviewed</source>
        <translation>Отметить как &amp;просмотренное</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Вернуть в работу</translation>
    </message>
    <message>
        <source>&amp;Snooze...</source>
        <translation>&amp;Отложить…</translation>
    </message>
    <message>
        <source>&amp;Note...</source>
        <translation>&amp;Заметка…</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n срабатывание</numerusform>
            <numerusform>%n срабатывания</numerusform>
            <numerusform>%n срабатываний</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Заметка к сделке %1</translation>
    </message>
    <message numerus="yes">
        <source>Note on %n hit(s); it replaces their notes</source>
        <translation>
            <numerusform>Заметка к %n срабатыванию; она заменит прежние заметки</numerusform>
            <numerusform>Заметка к %n срабатываниям; она заменит прежние заметки</numerusform>
            <numerusform>Заметка к %n срабатываниям; она заменит прежние заметки</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>dmc::ui::QueueGroupProxy</name>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n срабатывание</numerusform>
            <numerusform>%n срабатывания</numerusform>
            <numerusform>%n срабатываний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dmc::ui::RampAttainmentChart</name>
    <message>
        <source>Tenure month</source>
        <translation>Месяц стажа</translation>
    </message>
    <message>
        <source>% of the ramped quota</source>
        <translation>% плана с учётом адаптации</translation>
    </message>
    <message>
        <source>100% of the ramped quota</source>
        <translation>100% плана с учётом адаптации</translation>
    </message>
    <message>
        <source>Cohort median (every rep of the database)</source>
        <translation>Медиана когорты (все менеджеры базы)</translation>
    </message>
    <message>
        <source>Reps of the scope, month by month</source>
        <translation>Менеджеры охвата, по месяцам</translation>
    </message>
    <message>
        <source>%1, tenure month %2: %3</source>
        <translation>%1, месяц стажа %2: %3</translation>
    </message>
</context>
<context>
    <name>dmc::ui::RampAttainmentModel</name>
    <message>
        <source>Cohort median</source>
        <translation>Медиана когорты</translation>
    </message>
    <message numerus="yes">
        <source>Median over %n rep(s) of the database in this tenure month</source>
        <translation>
            <numerusform>Медиана по %n менеджеру базы в этом месяце стажа</numerusform>
            <numerusform>Медиана по %n менеджерам базы в этом месяце стажа</numerusform>
            <numerusform>Медиана по %n менеджерам базы в этом месяце стажа</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: bookings %2 against a ramped quota of %3</source>
        <translation>%1: продажи %2 при плане с учётом адаптации %3</translation>
    </message>
    <message>
        <source>Tenure month %1: bookings ÷ (monthly full quota × ramp percent)</source>
        <translation>Месяц стажа %1: продажи ÷ (полный план за месяц × процент адаптации)</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Ramp start</source>
        <translation>Начало адаптации</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>М%1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::RenewalModel</name>
    <message>
        <source>≤ %1 days</source>
        <translation>≤ %1 дней</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n days)</source>
        <translation>
            <numerusform>%1 (через %n день)</numerusform>
            <numerusform>%1 (через %n дня)</numerusform>
            <numerusform>%1 (через %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>замеров нет</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>no open renewal deal</source>
        <translation>открытой сделки продления нет</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Продление</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Индекс здоровья</translation>
    </message>
    <message>
        <source>Trend (90 days)</source>
        <translation>Тренд (90 дней)</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Спонсор</translation>
    </message>
    <message>
        <source>Renewal deal</source>
        <translation>Сделка продления</translation>
    </message>
    <message>
        <source>Expansion pipeline</source>
        <translation>Воронка расширения</translation>
    </message>
</context>
<context>
    <name>dmc::ui::RenewalOutlookModel</name>
    <message>
        <source>The account&apos;s health change over the last 30 days</source>
        <translation>Изменение индекса здоровья клиента за последние 30 дней</translation>
    </message>
    <message>
        <source>The accounts&apos; open renewal deals by forecast category</source>
        <translation>Открытые сделки продления клиентов по категориям прогноза</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Индекс здоровья</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Снизился</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Вырос</translation>
    </message>
    <message>
        <source>No trend</source>
        <translation>Нет динамики</translation>
    </message>
    <message>
        <source>No renewal deal</source>
        <translation>Без сделки продления</translation>
    </message>
    <message>
        <source>Renewal deals, %1</source>
        <translation>Сделки продления: %1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::RenewalWatchlistView</name>
    <message>
        <source>Renewal and expansion deals of %1</source>
        <translation>Сделки продления и расширения: %1</translation>
    </message>
    <message>
        <source>≤ %1 days (%2)</source>
        <translation>≤ %1 дней (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Accounts renewing within %n days of the as-of date</source>
        <translation>
            <numerusform>Клиенты с продлением в пределах %n дня от даты среза</numerusform>
            <numerusform>Клиенты с продлением в пределах %n дней от даты среза</numerusform>
            <numerusform>Клиенты с продлением в пределах %n дней от даты среза</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accounts, %1 ARR renewing within %2 days</source>
        <translation>
            <numerusform>%n клиент, ARR %1, с продлением в ближайшие %2 дней</numerusform>
            <numerusform>%n клиента, ARR %1, с продлением в ближайшие %2 дней</numerusform>
            <numerusform>%n клиентов, ARR %1, с продлением в ближайшие %2 дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal watchlist</source>
        <translation>Продления под наблюдением</translation>
    </message>
    <message>
        <source>No renewals within 120 days</source>
        <translation>Продлений в ближайшие 120 дней нет</translation>
    </message>
    <message>
        <source>No account in this scope renews within 120 days of the as-of date.</source>
        <translation>Ни у одного клиента в этом охвате нет продления в пределах 120 дней от даты среза.</translation>
    </message>
    <message>
        <source>Open a database with accounts and renewal dates (Ctrl+O).</source>
        <translation>Откройте базу данных с клиентами и датами продления (Ctrl+O).</translation>
    </message>
    <message>
        <source>Renewal watchlist not available for this data</source>
        <translation>Продления под наблюдением недоступны для этих данных</translation>
    </message>
    <message>
        <source>Trend: the health readings of the last 90 days, oldest on the left. Red: health fell (the change beside the health score is negative); blue: it rose; grey: no change or one reading. Dotted line: health 60.</source>
        <translation>Тренд: замеры индекса здоровья за последние 90 дней, самый ранний слева. Красный — индекс снизился (изменение рядом с индексом отрицательное); синий — вырос; серый — без изменений или один замер. Пунктир — индекс здоровья 60.</translation>
    </message>
</context>
<context>
    <name>dmc::ui::RepCapacityModel</name>
    <message>
        <source>hire of the set from %1</source>
        <translation>найм по набору с %1</translation>
    </message>
    <message>
        <source>leaves in the set on %1</source>
        <translation>уход по набору, последний день %1</translation>
    </message>
    <message>
        <source>leaves on %1</source>
        <translation>уход, последний день %1</translation>
    </message>
    <message>
        <source>planned hire from %1</source>
        <translation>запланированный найм с %1</translation>
    </message>
    <message>
        <source>the rep&apos;s own quota of the period</source>
        <translation>собственный план менеджера на период</translation>
    </message>
    <message>
        <source>no quota of the rep&apos;s own: the median quota of the role</source>
        <translation>своего плана нет: медиана плана по роли</translation>
    </message>
    <message>
        <source>the quota given in the assumption set</source>
        <translation>план, заданный в наборе допущений</translation>
    </message>
    <message>
        <source>no quota: neither the rep&apos;s own nor one of the role</source>
        <translation>плана нет: ни собственного, ни по роли</translation>
    </message>
    <message>
        <source>%1: not employed</source>
        <translation>%1: не работает</translation>
    </message>
    <message>
        <source>%1: no ramp start, counted as fully ramped</source>
        <translation>%1: нет даты начала адаптации, учитывается как полностью адаптированный</translation>
    </message>
    <message>
        <source>%1: tenure month %2, %3 of full quota</source>
        <translation>%1: месяц стажа %2, %3 полного плана</translation>
    </message>
    <message>
        <source>The ramp percent of each month of the period by tenure month</source>
        <translation>Процент адаптации в каждом месяце периода по месяцу стажа</translation>
    </message>
    <message>
        <source>Fully ramped equivalents: the ramp percents of the months employed ÷ 3</source>
        <translation>Эквивалент адаптированных менеджеров: сумма процентов адаптации за месяцы работы ÷ 3</translation>
    </message>
    <message>
        <source>Full quota ÷ 3 × ramp percent × attainment factor, summed over the months</source>
        <translation>Полный план ÷ 3 × процент адаптации × коэффициент выполнения, сумма по месяцам</translation>
    </message>
    <message>
        <source>Full quota ÷ 3 × (1 − ramp percent), summed over the months</source>
        <translation>Полный план ÷ 3 × (1 − процент адаптации), сумма по месяцам</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Ramp start</source>
        <translation>Начало адаптации</translation>
    </message>
    <message>
        <source>Hire or leaver</source>
        <translation>Найм или уход</translation>
    </message>
    <message>
        <source>Full quota</source>
        <translation>Полный план</translation>
    </message>
    <message>
        <source>Ramp by month</source>
        <translation>Адаптация по месяцам</translation>
    </message>
    <message>
        <source>FRE</source>
        <translation>ЭАМ</translation>
    </message>
    <message>
        <source>Ramped capacity</source>
        <translation>Ёмкость с учётом адаптации</translation>
    </message>
    <message>
        <source>Ramp loss</source>
        <translation>Потери на адаптации</translation>
    </message>
</context>
<context>
    <name>dmc::ui::ReviewSplitModel</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message numerus="yes">
        <source>Double-click or press Enter to list the %n deal(s) behind this cell</source>
        <translation>
            <numerusform>Двойной щелчок или Enter: показать %n сделку этой ячейки</numerusform>
            <numerusform>Двойной щелчок или Enter: показать %n сделки этой ячейки</numerusform>
            <numerusform>Двойной щелчок или Enter: показать %n сделок этой ячейки</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal type</source>
        <translation>Тип сделки</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигр.</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Ср. выигр. сделка</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>Decided deals, %1, %2</source>
        <translation>Сделки с решением: %1, %2</translation>
    </message>
    <message>
        <source>Decided deals, %1, %2 and %3</source>
        <translation>Сделки с решением: %1, %2 и %3</translation>
    </message>
    <message>
        <source>%1, %2, %3 against %4: %5</source>
        <translation>%1, %2, %4 → %3: %5</translation>
    </message>
</context>
<context>
    <name>dmc::ui::ReviewTermModel</name>
    <message>
        <source>none</source>
        <comment>no value</comment>
        <translation>нет</translation>
    </message>
    <message>
        <source>Bookings %1</source>
        <translation>Продажи за %1</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных сделок</translation>
    </message>
    <message>
        <source>Average won deal</source>
        <translation>Средняя выигранная сделка</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Структура</translation>
    </message>
    <message numerus="yes">
        <source>%1 won of %n decided</source>
        <translation>
            <numerusform>выиграно %1 из %n с решением</numerusform>
            <numerusform>выиграно %1 из %n с решением</numerusform>
            <numerusform>выиграно %1 из %n с решением</numerusform>
        </translation>
    </message>
    <message>
        <source>decided deals %1 → %2</source>
        <translation>сделок с решением %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>the groups&apos; shares of the decided deals moved</source>
        <translation>доли групп среди сделок с решением изменились</translation>
    </message>
    <message numerus="yes">
        <source>Double-click or press Enter to list the %n deal(s) behind this line</source>
        <translation>
            <numerusform>Двойной щелчок или Enter: показать %n сделку этой строки</numerusform>
            <numerusform>Двойной щелчок или Enter: показать %n сделки этой строки</numerusform>
            <numerusform>Двойной щелчок или Enter: показать %n сделок этой строки</numerusform>
        </translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Составляющая</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>From the baseline to the period</source>
        <translation>От базы сравнения к периоду</translation>
    </message>
    <message>
        <source>Decided deals: %1</source>
        <translation>Сделки с решением: %1</translation>
    </message>
    <message>
        <source>%1, %2 against %3: %4</source>
        <translation>%1, %3 → %2: %4</translation>
    </message>
    <message>
        <source>Deals behind</source>
        <translation>Сделок в основании</translation>
    </message>
</context>
<context>
    <name>dmc::ui::RiskFiltersView</name>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message>
        <source>Within days</source>
        <translation>В пределах, дней</translation>
    </message>
    <message>
        <source>Days without check-in</source>
        <translation>Дней без сверки</translation>
    </message>
    <message>
        <source>Health below</source>
        <translation>Индекс здоровья ниже</translation>
    </message>
    <message>
        <source>Drop of points</source>
        <translation>Снижение, пунктов</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Confirmed elements below</source>
        <translation>Подтверждённых элементов меньше</translation>
    </message>
    <message>
        <source>Probability below (%)</source>
        <translation>Вероятность ниже (%)</translation>
    </message>
    <message>
        <source>Each filter adds deals to the inspection queue. Changes apply at once and are saved in this database.</source>
        <translation>Каждый фильтр добавляет сделки в очередь проверки. Изменения действуют сразу и сохраняются в этой базе данных.</translation>
    </message>
    <message>
        <source>Restore default filters</source>
        <translation>Восстановить фильтры по умолчанию</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n срабатывание</numerusform>
            <numerusform>%n срабатывания</numerusform>
            <numerusform>%n срабатываний</numerusform>
        </translation>
    </message>
    <message>
        <source>Each filter adds deals to the inspection queue. Changes apply at once and last until this database is closed: its saved filters are read-only for you.</source>
        <translation>Каждый фильтр добавляет сделки в очередь проверки. Изменения применяются сразу и действуют, пока база открыта: сохранённые в ней фильтры для вас доступны только для чтения.</translation>
    </message>
    <message>
        <source>Not available for this data: %1.</source>
        <translation>Недоступно для этих данных: %1.</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <source>Each filter adds deals to the inspection queue. Changes apply at once and are saved for you alone, on top of the team&apos;s filters; restoring the defaults goes back to the team&apos;s.</source>
        <translation>Каждый фильтр добавляет сделки в очередь проверки. Изменения применяются сразу и сохраняются только для вас, поверх фильтров команды; восстановление по умолчанию возвращает фильтры команды.</translation>
    </message>
</context>
<context>
    <name>dmc::ui::RoleTaskModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Срок прошёл</translation>
    </message>
    <message>
        <source>Longest chain of open tasks</source>
        <translation>Самая длинная цепочка открытых задач</translation>
    </message>
</context>
<context>
    <name>dmc::ui::SavedViewsMenu</name>
    <message>
        <source>Saved &amp;views</source>
        <translation>Сохранённые &amp;виды</translation>
    </message>
    <message>
        <source>Save current view…</source>
        <translation>Сохранить текущий вид…</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Нет сохранённых видов</translation>
    </message>
    <message>
        <source>Delete saved view</source>
        <translation>Удалить сохранённый вид</translation>
    </message>
    <message>
        <source>Save current view</source>
        <translation>Сохранить текущий вид</translation>
    </message>
    <message>
        <source>The scope, the compare-to and the inspection queue&apos;s filters, grouping and sort are kept under this name:</source>
        <translation>Охват, дата сравнения, а также фильтры, группировка и сортировка очереди проверки сохраняются под этим именем:</translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists. Replace it?</source>
        <translation>Вид с именем «%1» уже есть. Заменить его?</translation>
    </message>
</context>
<context>
    <name>dmc::ui::SegmentCoverageModel</name>
    <message>
        <source>No segment</source>
        <translation>Без сегмента</translation>
    </message>
    <message>
        <source>%1 of the remaining %2: the segment&apos;s share of the won amount of the trailing four quarters</source>
        <translation>%1 от оставшихся %2: доля сегмента в выигранной сумме четырёх предыдущих кварталов</translation>
    </message>
    <message numerus="yes">
        <source>1 ÷ win rate: %n won of %1 decided</source>
        <translation>
            <numerusform>1 ÷ доля выигранных: %n выигранная из %1 с решением</numerusform>
            <numerusform>1 ÷ доля выигранных: %n выигранные из %1 с решением</numerusform>
            <numerusform>1 ÷ доля выигранных: %n выигранных из %1 с решением</numerusform>
        </translation>
    </message>
    <message>
        <source>No won deal in the trailing four quarters</source>
        <translation>За четыре предыдущих квартала выигранных сделок нет</translation>
    </message>
    <message>
        <source>Open pipeline closing in the period ÷ the segment&apos;s remaining target</source>
        <translation>Открытая воронка с закрытием в периоде ÷ оставшаяся цель сегмента</translation>
    </message>
    <message>
        <source>1 ÷ the segment&apos;s win rate over the trailing four quarters</source>
        <translation>1 ÷ доля выигранных сделок сегмента за четыре предыдущих квартала</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Открытая воронка</translation>
    </message>
    <message>
        <source>Remaining target</source>
        <translation>Оставшаяся цель</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Implied coverage</source>
        <translation>Покрытие по доле выигранных</translation>
    </message>
    <message>
        <source>Win rate, 4 quarters</source>
        <translation>Доля выигранных, 4 квартала</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>С решением</translation>
    </message>
    <message>
        <source>Open deals closing in %1, segment %2</source>
        <translation>Открытые сделки с закрытием в %1, сегмент %2</translation>
    </message>
</context>
<context>
    <name>dmc::ui::SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Hide this hit on %1 until a date. The deal itself does not change.</source>
        <translation>Скрыть это срабатывание по сделке %1 до указанной даты. Сама сделка не меняется.</translation>
    </message>
    <message>
        <source>e.g. waiting for the customer&apos;s budget cycle</source>
        <translation>например, ждём бюджетного цикла клиента</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
</context>
<context>
    <name>dmc::ui::SourceMixModel</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Created pipeline</source>
        <translation>Созданная воронка</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>С решением</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигр.</translation>
    </message>
    <message>
        <source>Deals created, source %1</source>
        <translation>Созданные сделки, источник: %1</translation>
    </message>
    <message>
        <source>Deals won, source %1</source>
        <translation>Выигранные сделки, источник: %1</translation>
    </message>
    <message>
        <source>Decided deals, source %1</source>
        <translation>Сделки с решением, источник: %1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::StageLabelsDialog</name>
    <message>
        <source>Stage labels</source>
        <translation>Названия этапов</translation>
    </message>
    <message>
        <source>What each stage reads as in the window, the commands and the documents. An empty label shows the stage as the CRM writes it.</source>
        <translation>Так каждый этап называется в окне, в командах и в документах. При пустом названии этап показывается так, как его пишет CRM.</translation>
    </message>
    <message>
        <source>What each stage reads as in the window, the commands and the documents. Only whoever may import into this database changes the labels.</source>
        <translation>Так каждый этап называется в окне, в командах и в документах. Названия меняет только тот, кто может импортировать данные в эту базу.</translation>
    </message>
    <message>
        <source>Stage in the CRM</source>
        <translation>Этап в CRM</translation>
    </message>
    <message>
        <source>Label in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Label in English</source>
        <translation>Название на английском</translation>
    </message>
</context>
<context>
    <name>dmc::ui::TeamDatabaseDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Подключение к командной базе</translation>
    </message>
    <message>
        <source>e.g. crm-db.example.com</source>
        <translation>например, crm-db.example.com</translation>
    </message>
    <message>
        <source>e.g. sales</source>
        <translation>например, sales</translation>
    </message>
    <message>
        <source>your database login</source>
        <translation>ваш логин в базе данных</translation>
    </message>
    <message>
        <source>A region&apos;s shared PostgreSQL database. What you see and may annotate follows your database role.</source>
        <translation>Общая база региона на PostgreSQL. Что вы видите и можете комментировать, определяет ваша роль в базе.</translation>
    </message>
    <message>
        <source>The password is read from ~/.pgpass (or the file PGPASSFILE names); DM Cockpit never asks for it and never stores it.</source>
        <translation>Пароль берётся из ~/.pgpass (или из файла, указанного в PGPASSFILE); DM Cockpit его не запрашивает и не хранит.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Порт</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;База данных</translation>
    </message>
    <message>
        <source>&amp;Login role</source>
        <translation>&amp;Роль входа</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
</context>
<context>
    <name>dmc::ui::TeamTableModel</name>
    <message>
        <source>covered</source>
        <translation>покрыто</translation>
    </message>
    <message>
        <source>Open pipeline %1 against a gap of %2 (target %3)</source>
        <translation>Открытая воронка %1 при разрыве %2 (цель %3)</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Выполнение плана</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Best Case</source>
        <translation>Best Case</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Разрыв</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Отклонения</translation>
    </message>
    <message numerus="yes">
        <source>%n deals; click to list them in the queue</source>
        <translation>
            <numerusform>%n сделка; щелчок покажет их в очереди</numerusform>
            <numerusform>%n сделки; щелчок покажет их в очереди</numerusform>
            <numerusform>%n сделок; щелчок покажет их в очереди</numerusform>
        </translation>
    </message>
    <message>
        <source>No quota recorded for this rep in the period</source>
        <translation>Для этого менеджера план на период не задан</translation>
    </message>
</context>
<context>
    <name>dmc::ui::TerritoryBalanceModel</name>
    <message numerus="yes">
        <source>Mean of the %n rep(s): %1 accounts, ARR %2, open pipeline %3, %4 renewals in the period, %5 accounts with no open deal; an index of 1.00 is the mean.</source>
        <translation>
            <numerusform>Среднее по %n менеджеру: клиентов %1, ARR %2, открытая воронка %3, продлений в периоде %4, клиентов без открытой сделки %5; индекс 1,00 — это среднее.</numerusform>
            <numerusform>Среднее по %n менеджерам: клиентов %1, ARR %2, открытая воронка %3, продлений в периоде %4, клиентов без открытой сделки %5; индекс 1,00 — это среднее.</numerusform>
            <numerusform>Среднее по %n менеджерам: клиентов %1, ARR %2, открытая воронка %3, продлений в периоде %4, клиентов без открытой сделки %5; индекс 1,00 — это среднее.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Double-click to list the deals on the %n account(s) of %1</source>
        <translation>
            <numerusform>Двойной щелчок — сделки по %n клиенту менеджера %1</numerusform>
            <numerusform>Двойной щелчок — сделки по %n клиентам менеджера %1</numerusform>
            <numerusform>Двойной щелчок — сделки по %n клиентам менеджера %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Balance index: the rep&apos;s value ÷ the mean of the scope&apos;s active reps</source>
        <translation>Индекс баланса: значение менеджера ÷ среднее по работающим менеджерам охвата</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>ARR</source>
        <translation>ARR</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Открытая воронка</translation>
    </message>
    <message>
        <source>Renewals in period</source>
        <translation>Продления в периоде</translation>
    </message>
    <message>
        <source>No open deal</source>
        <translation>Без открытой сделки</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Open deals on the accounts of %1</source>
        <translation>Открытые сделки по клиентам менеджера %1</translation>
    </message>
    <message>
        <source>Deals on the accounts of %1</source>
        <translation>Сделки по клиентам менеджера %1</translation>
    </message>
</context>
<context>
    <name>dmc::ui::TerritoryCapacityView</name>
    <message>
        <source>Assumption &amp;set</source>
        <translation>&amp;Набор допущений</translation>
    </message>
    <message>
        <source>Assumption set shown</source>
        <translation>Показанный набор допущений</translation>
    </message>
    <message>
        <source>New set</source>
        <translation>Новый набор</translation>
    </message>
    <message>
        <source>A new assumption set with the data&apos;s reps, an attainment factor of 100% and no hires</source>
        <translation>Новый набор допущений: менеджеры из данных, коэффициент выполнения 100%, без найма</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Удалить набор</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Н&amp;азвание</translation>
    </message>
    <message>
        <source>&amp;Attainment factor</source>
        <translation>&amp;Коэффициент выполнения</translation>
    </message>
    <message>
        <source>The share of a ramped quota a rep is assumed to book</source>
        <translation>Доля плана с учётом адаптации, которую, по допущению, продаёт менеджер</translation>
    </message>
    <message>
        <source>Ramp &amp;curves</source>
        <translation>Кр&amp;ивые адаптации</translation>
    </message>
    <message>
        <source>the database&apos;s where it has them</source>
        <translation>из базы, где они есть</translation>
    </message>
    <message>
        <source>the shipped defaults only</source>
        <translation>только поставляемые по умолчанию</translation>
    </message>
    <message>
        <source>District &amp;target</source>
        <translation>&amp;Цель территории</translation>
    </message>
    <message>
        <source>the sum of the reps&apos; quotas</source>
        <translation>сумма планов менеджеров</translation>
    </message>
    <message>
        <source>The need of the period in whole units of the reporting currency; 0: the sum of the reps&apos; quotas</source>
        <translation>Потребность периода в целых единицах валюты отчётности; 0 — сумма планов менеджеров</translation>
    </message>
    <message>
        <source>Hires of the set</source>
        <translation>Найм в наборе</translation>
    </message>
    <message>
        <source>Add hire</source>
        <translation>Добавить найм</translation>
    </message>
    <message>
        <source>Remove hire</source>
        <translation>Удалить найм</translation>
    </message>
    <message>
        <source>Leavers of the set</source>
        <translation>Уходящие менеджеры в наборе</translation>
    </message>
    <message>
        <source>Rep who leaves</source>
        <translation>Уходящий менеджер</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Add leaver</source>
        <translation>Добавить уходящего</translation>
    </message>
    <message>
        <source>Remove leaver</source>
        <translation>Удалить уходящего</translation>
    </message>
    <message>
        <source>Hires of the assumption set</source>
        <translation>Найм в наборе допущений</translation>
    </message>
    <message>
        <source>Leavers of the assumption set</source>
        <translation>Уходящие менеджеры в наборе допущений</translation>
    </message>
    <message>
        <source>Capacity and need by month</source>
        <translation>Ёмкость и потребность по месяцам</translation>
    </message>
    <message>
        <source>FRE and ramp loss per rep</source>
        <translation>ЭАМ и потери на адаптации по менеджерам</translation>
    </message>
    <message>
        <source>Coverage by segment beside the implied coverage</source>
        <translation>Покрытие по сегментам рядом с покрытием по доле выигранных</translation>
    </message>
    <message>
        <source>Pipeline mix by source group: deals created and decided in the period</source>
        <translation>Структура воронки по группам источников: сделки, созданные и решённые в периоде</translation>
    </message>
    <message>
        <source>Accounts listed apart: no owner, or an owner not active</source>
        <translation>Клиенты отдельно: нет владельца или владелец не работает</translation>
    </message>
    <message>
        <source>Ramp attainment by tenure month, with the cohort median</source>
        <translation>Выполнение плана на адаптации по месяцам стажа и медиана когорты</translation>
    </message>
    <message>
        <source>Double-click a row of coverage, pipeline mix, balance or the accounts listed apart (or press Enter) to list its deals in the inspection queue. Edits of an assumption set are stored at once, only in the DM&apos;s own tables; Edit &gt; Undo reverts them one by one.</source>
        <translation>Двойной щелчок по строке покрытия, структуры воронки, баланса или клиентов отдельно (или Enter) показывает её сделки в очереди проверки. Изменения набора допущений сохраняются сразу и только в собственных таблицах руководителя; «Правка &gt; Отменить» отменяет их по одному.</translation>
    </message>
    <message>
        <source>Building the capacity plan…</source>
        <translation>Строится план ёмкости…</translation>
    </message>
    <message>
        <source>No capacity plan to show</source>
        <translation>Плана ёмкости нет</translation>
    </message>
    <message>
        <source>Open a database with reps and quotas; the plan follows the scope and period chosen in the toolbar.</source>
        <translation>Откройте базу с менеджерами и планами; план строится для охвата и периода, выбранных на панели инструментов.</translation>
    </message>
    <message>
        <source>Capacity plan not available</source>
        <translation>План ёмкости недоступен</translation>
    </message>
    <message>
        <source>The reps&apos; quotas, ramp curves and account owners are being read.</source>
        <translation>Читаются планы менеджеров, кривые адаптации и владельцы клиентов.</translation>
    </message>
    <message>
        <source>As imported</source>
        <translation>Как в импорте</translation>
    </message>
    <message>
        <source>Assumption set %1</source>
        <translation>Набор допущений %1</translation>
    </message>
    <message>
        <source>Ramped capacity against the need by month, %1 and %2</source>
        <translation>Ёмкость с учётом адаптации и потребность по месяцам, %1 и %2</translation>
    </message>
    <message>
        <source>as imported</source>
        <translation>как в импорте</translation>
    </message>
    <message>
        <source>FRE and ramp loss per rep, %1, assumption set: %2</source>
        <translation>ЭАМ и потери на адаптации по менеджерам, %1, набор допущений: %2</translation>
    </message>
    <message>
        <source>Coverage: open pipeline closing in %1 ÷ the segment&apos;s share of the remaining target. Implied coverage: 1 ÷ the segment&apos;s win rate from %2 to %3.</source>
        <translation>Покрытие: открытая воронка с закрытием в %1 ÷ доля сегмента в оставшейся цели. Покрытие по доле выигранных: 1 ÷ доля выигранных сделок сегмента с %2 по %3.</translation>
    </message>
    <message>
        <source>Territory balance on %1</source>
        <translation>Баланс портфелей клиентов на %1</translation>
    </message>
    <message>
        <source>Export quarterly plan...</source>
        <translation>Экспортировать план на квартал…</translation>
    </message>
    <message>
        <source>The quarterly plan of this scope and period as a PDF, HTML or Markdown document: the tables of this view, one column per assumption set</source>
        <translation>План на квартал для этого охвата и периода в виде документа PDF, HTML или Markdown: таблицы этого окна, по столбцу на набор допущений</translation>
    </message>
</context>
<context>
    <name>dmc::ui::ViewDock</name>
    <message>
        <source>Cockpit</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Inspection queue</source>
        <translation>Очередь проверки</translation>
    </message>
    <message>
        <source>Deal detail</source>
        <translation>Карточка сделки</translation>
    </message>
    <message>
        <source>Pipeline changes</source>
        <translation>Изменения воронки</translation>
    </message>
    <message>
        <source>Coaching pack</source>
        <translation>Подготовка к встрече 1:1</translation>
    </message>
    <message>
        <source>Renewal watchlist</source>
        <translation>Продления под наблюдением</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Точность прогноза</translation>
    </message>
    <message>
        <source>Risk filters</source>
        <translation>Фильтры риска</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Обзор квартала</translation>
    </message>
    <message>
        <source>POC board</source>
        <translation>Доска POC</translation>
    </message>
    <message>
        <source>Territory and capacity</source>
        <translation>Территория и ёмкость</translation>
    </message>
    <message>
        <source>Plays and partners</source>
        <translation>Сценарии и партнёры</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Журнал изменений</translation>
    </message>
</context>
<context>
    <name>dmc::ui::WaterfallChart</name>
    <message>
        <source>Opening</source>
        <translation>На начало</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>Переход в категорию</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Переход из категории</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>На конец</translation>
    </message>
    <message>
        <source>Open pipeline bridge</source>
        <translation>Каскад открытой воронки</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1: %2 open pipeline</source>
        <translation>%1: открытая воронка %2</translation>
    </message>
    <message>
        <source>%1: %2 (click to list the deals)</source>
        <translation>%1: %2 (щелчок покажет сделки)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dmc::ui::WinLossGroupModel</name>
    <message>
        <source>n: the deals won or lost in the period</source>
        <translation>n: сделки, выигранные или проигранные в периоде</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Территория</translation>
    </message>
    <message>
        <source>n (decided)</source>
        <translation>n (с решением)</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Lost, no reason</source>
        <translation>Проигр. без причины</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Без решения</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигр.</translation>
    </message>
    <message>
        <source>Won deals of %1</source>
        <translation>Выигранные сделки: %1</translation>
    </message>
    <message>
        <source>Deals of %1 lost with a reason</source>
        <translation>Сделки, проигранные с причиной: %1</translation>
    </message>
    <message>
        <source>Deals of %1 lost without a reason</source>
        <translation>Сделки, проигранные без причины: %1</translation>
    </message>
    <message>
        <source>Deals of %1 without a decision</source>
        <translation>Сделки без решения: %1</translation>
    </message>
    <message>
        <source>Decided deals of %1</source>
        <translation>Сделки с решением: %1</translation>
    </message>
    <message>
        <source>Lost, reason</source>
        <translation>Проигр. с причиной</translation>
    </message>
</context>
<context>
    <name>dmc::ui::WithWithoutModel</name>
    <message>
        <source>All segments</source>
        <translation>Все сегменты</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Без сегмента</translation>
    </message>
    <message>
        <source>%1 won of %2 decided; %3 with a created and a close date</source>
        <translation>выиграно %1 из %2 закрытых; с датой создания и закрытия: %3</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <source>Win rate, with partner</source>
        <translation>Доля выигранных, с партнёром</translation>
    </message>
    <message>
        <source>Win rate, without</source>
        <translation>Доля выигранных, без партнёра</translation>
    </message>
    <message>
        <source>Average won, with partner</source>
        <translation>Средняя выигранная, с партнёром</translation>
    </message>
    <message>
        <source>Average won, without</source>
        <translation>Средняя выигранная, без партнёра</translation>
    </message>
    <message>
        <source>Median days to close, with partner</source>
        <translation>Медиана дней до закрытия, с партнёром</translation>
    </message>
    <message>
        <source>Median days to close, without</source>
        <translation>Медиана дней до закрытия, без партнёра</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
</context>
</TS>
