/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_MESSAGE_ELEMENT_H
#define WLC_CAPWAP_MESSAGE_ELEMENT_H

#include "capwap-constants.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * A CAPWAP message element in its generic form (RFC 5415 §4.6): 16-bit Type, 16-bit Length,
 * Value. The typed elements (capwap-elements.h, capwap-ieee80211-elements.h) convert from and
 * to this form.
 */
struct CapwapMessageElement
{
    static constexpr std::size_t HEADER_SIZE = 4;    //!< Type and Length
    static constexpr std::size_t MAX_VALUE = 0xffff; //!< the largest Length

    uint16_t type{0};           //!< Type
    std::vector<uint8_t> value; //!< Value (its size is the Length)

    /// Type 0, empty Value.
    CapwapMessageElement() = default;
    /// \param elementType the Type \param elementValue the Value
    CapwapMessageElement(uint16_t elementType, std::vector<uint8_t> elementValue);

    /// \return Type, Length and Value size in bytes
    std::size_t GetSerializedSize() const;
    /// Write Type, Length, Value (aborts if the Value exceeds 65535 bytes). \param writer where
    void Encode(ByteWriter& writer) const;
    /**
     * Read one element.
     * \param reader positioned at the Type
     * \param out the element
     * \param why the reason on failure
     * \return false if the Type/Length header or the Value overruns the reader
     */
    static bool Decode(ByteReader& reader, CapwapMessageElement& out, std::string& why);

    /// Write a list of elements. \param writer where \param elements the list
    static void EncodeList(ByteWriter& writer, const std::vector<CapwapMessageElement>& elements);
    /**
     * Read elements until the reader is exhausted.
     * \param reader exactly the bytes of the list
     * \param out the elements
     * \param why the reason on failure
     * \return false if an element overruns the bytes
     */
    static bool DecodeList(ByteReader& reader,
                           std::vector<CapwapMessageElement>& out,
                           std::string& why);

    /**
     * Common check of typed decoders: the Type is \p expectedType and the Length is within
     * [\p minLength, \p maxLength].
     * \param element the element
     * \param expectedType the Type the typed decoder handles
     * \param minLength smallest valid Length
     * \param maxLength largest valid Length
     * \param why the reason on failure (names the element)
     * \return true if both hold
     */
    static bool Check(const CapwapMessageElement& element,
                      uint16_t expectedType,
                      std::size_t minLength,
                      std::size_t maxLength,
                      std::string& why);
    /**
     * Common check of typed decoders for a field with a limited range.
     * \param value the field value
     * \param min smallest valid value
     * \param max largest valid value
     * \param what the element and field, for the reason
     * \param why the reason on failure
     * \return true if \p value is within [\p min, \p max]
     */
    static bool CheckRange(uint32_t value,
                           uint32_t min,
                           uint32_t max,
                           const std::string& what,
                           std::string& why);
    /**
     * Common check of typed decoders for a Radio ID field.
     * \param type the element Type, for the reason
     * \param radioId the Radio ID
     * \param why the reason on failure ("<element> Radio ID 0 is outside 1..31")
     * \return true if \p radioId is 1..31 (capwap::MAX_RADIO_ID)
     */
    static bool CheckRadioId(uint16_t type, uint8_t radioId, std::string& why);
    /// \param type an element Type \param field a field name \return "<element name> <field>"
    static std::string FieldName(uint16_t type, const std::string& field);

    /**
     * Build an element whose Value is a string of 1..\p maxLength bytes (AC Name, Location
     * Data, WTP Name); aborts on another length.
     * \param type the Type
     * \param text the Value
     * \param maxLength the largest valid Length
     * \return the element
     */
    static CapwapMessageElement FromString(uint16_t type,
                                           const std::string& text,
                                           std::size_t maxLength);
    /**
     * Typed decoder of an element whose Value is a string of 1..\p maxLength bytes.
     * \param element the element
     * \param expectedType the Type the typed decoder handles
     * \param maxLength the largest valid Length
     * \param text the Value, on success
     * \param why the reason on failure (see Check)
     * \return true if the Type and the Length are valid
     */
    static bool CheckString(const CapwapMessageElement& element,
                            uint16_t expectedType,
                            std::size_t maxLength,
                            std::string& text,
                            std::string& why);
};

/// \param a an element \param b another \return true if Type and Value are equal
bool operator==(const CapwapMessageElement& a, const CapwapMessageElement& b);
/// \param a an element \param b another \return true if they differ
bool operator!=(const CapwapMessageElement& a, const CapwapMessageElement& b);

/**
 * Print "Name(type) len=N".
 * \param os the stream \param element the element \return the stream
 */
std::ostream& operator<<(std::ostream& os, const CapwapMessageElement& element);

/**
 * \param type a message element Type
 * \return its RFC 5415/5416 name, or "Unknown(type)"
 */
std::string CapwapElementTypeName(uint16_t type);

} // namespace ns3

#endif /* WLC_CAPWAP_MESSAGE_ELEMENT_H */
