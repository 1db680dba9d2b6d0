/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_MOBILITY_MESSAGE_BODY_H
#define WLC_MOBILITY_MESSAGE_BODY_H

#include "mobility-message.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"

#include <string>

/**
 * \file
 * \ingroup wlc
 * The wire layout of the mobility message bodies (mobility-message.h), which MobilityMessage
 * encodes and decodes after the 56-byte header: for each body, the check of the field values
 * that can be encoded, the writer and the reader. The reader gets exactly the body's bytes
 * (MobilityMessage::Decode checked the size against the type), never reads past them and
 * checks every field as CheckBody does.
 */

namespace ns3
{
namespace mobility
{

/// \param b a body \param why reason on failure \return true if every field can be encoded
bool CheckBody(const MobileAnnounceBody& b, std::string& why);
/// \param b a body \param why reason on failure \return true if every field can be encoded
bool CheckBody(const MobileHandoffBody& b, std::string& why);
/// \param b a body \param why reason on failure \return true if every field can be encoded
bool CheckBody(const MobileHandoffAckBody& b, std::string& why);
/// \param b a body (every value can be encoded) \param why unused \return true
bool CheckBody(const MobileAnchorUpdateBody& b, std::string& why);
/// \param b a body (every value can be encoded) \param why unused \return true
bool CheckBody(const MobileKeepAliveBody& b, std::string& why);
/// \param b a body (every value can be encoded) \param why unused \return true
bool CheckBody(const MobileClientDeleteBody& b, std::string& why);
/// \param b a body \param why the reason on failure \return true if it can be encoded
bool CheckBody(const MobilePmkUpdateBody& b, std::string& why);
bool CheckBody(const MobileFtKeyUpdateBody& b, std::string& why);

/// Append the body at offset 56. \param w where to write \param b a body that passes CheckBody
void WriteBody(ByteWriter& w, const MobileAnnounceBody& b);
/// Append the body at offset 56. \param w where to write \param b a body that passes CheckBody
void WriteBody(ByteWriter& w, const MobileHandoffBody& b);
/// Append the body at offset 56. \param w where to write \param b a body that passes CheckBody
void WriteBody(ByteWriter& w, const MobileHandoffAckBody& b);
/// Append the body at offset 56. \param w where to write \param b the body
void WriteBody(ByteWriter& w, const MobileAnchorUpdateBody& b);
/// Append the body at offset 56. \param w where to write \param b the body
void WriteBody(ByteWriter& w, const MobileKeepAliveBody& b);
/// Append the body at offset 56. \param w where to write \param b the body
void WriteBody(ByteWriter& w, const MobileClientDeleteBody& b);
/// \param w where to write \param b the body
void WriteBody(ByteWriter& w, const MobilePmkUpdateBody& b);
void WriteBody(ByteWriter& w, const MobileFtKeyUpdateBody& b);

/// \param r the body's bytes \param b the result \param why reason on failure \return if valid
bool ReadBody(ByteReader& r, MobileAnnounceBody& b, std::string& why);
/// \param r the body's bytes \param b the result \param why reason on failure \return if valid
bool ReadBody(ByteReader& r, MobileHandoffBody& b, std::string& why);
/// \param r the body's bytes \param b the result \param why reason on failure \return if valid
bool ReadBody(ByteReader& r, MobileHandoffAckBody& b, std::string& why);
/// \param r the body's bytes \param b the result \param why reason on failure \return if valid
bool ReadBody(ByteReader& r, MobileAnchorUpdateBody& b, std::string& why);
/// \param r the body's bytes \param b the result \param why reason on failure \return if valid
bool ReadBody(ByteReader& r, MobileKeepAliveBody& b, std::string& why);
/// \param r the body's bytes \param b the result \param why reason on failure \return if valid
bool ReadBody(ByteReader& r, MobileClientDeleteBody& b, std::string& why);
/// \param r the reader \param b the body \param why the reason on failure \return true if valid
bool ReadBody(ByteReader& r, MobilePmkUpdateBody& b, std::string& why);
bool ReadBody(ByteReader& r, MobileFtKeyUpdateBody& b, std::string& why);

} // namespace mobility
} // namespace ns3

#endif /* WLC_MOBILITY_MESSAGE_BODY_H */
