/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_SHOW_COMMANDS_H
#define WLC_SHOW_COMMANDS_H

#include "ap-table.h"
#include "client-database.h"

#include "ns3/nstime.h"

#include <string>

namespace ns3
{

/**
 * \ingroup wlc
 * Renders a controller's tables the way an AireOS controller's CLI prints them: `show client
 * summary`, `show client detail <mac>` and `show ap summary`. Labels are padded with dots to 49
 * columns, as in the controller's output.
 */
class ShowCommands
{
  public:
    /**
     * \param clients the client database
     * \return the text of `show client summary`
     */
    static std::string ClientSummary(const ClientDatabase& clients);
    /**
     * \param entry a client
     * \param now the current simulation time (for "Connected For")
     * \return the text of `show client detail <mac>`
     */
    static std::string ClientDetail(const ClientEntry& entry, Time now);
    /**
     * \param aps the AP table
     * \param clients the client database (for the number of clients per AP)
     * \return the text of `show ap summary`
     */
    static std::string ApSummary(const ApTable& aps, const ClientDatabase& clients);
    /**
     * One "label.......... value" line.
     * \param label the label
     * \param value the value
     * \return the line, with its newline
     */
    static std::string DottedLine(const std::string& label, const std::string& value);
};

} // namespace ns3

#endif /* WLC_SHOW_COMMANDS_H */
