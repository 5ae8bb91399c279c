# Fails when translations/casedesk_ru.ts misses a tr() string or has unfinished entries.
# lupdate runs into a temporary copy, so the file in the tree is never changed by the check.
set(temp "${CMAKE_CURRENT_BINARY_DIR}/casedesk_ru_check.ts")
file(COPY_FILE "${SOURCE_DIR}/translations/casedesk_ru.ts" "${temp}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
            "${SOURCE_DIR}/models" "${SOURCE_DIR}/views" "${SOURCE_DIR}/app"
            -ts "${temp}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(READ "${temp}" content)
string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" missing "${content}")
    message(FATAL_ERROR "Russian translation has ${count} unfinished or missing entries:\n${missing}\n"
                        "Run lupdate on translations/casedesk_ru.ts and translate them.")
endif()
message(STATUS "Russian translation complete")
