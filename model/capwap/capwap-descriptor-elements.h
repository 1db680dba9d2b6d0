/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_DESCRIPTOR_ELEMENTS_H
#define WLC_CAPWAP_DESCRIPTOR_ELEMENTS_H

#include "capwap-constants.h"
#include "capwap-message-element.h"

#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup wlc
 * Typed RFC 5415 message elements made of sub-elements: AC Descriptor, WTP Board Data, WTP
 * Descriptor, Vendor Specific Payload. Same conventions as capwap-elements.h; every sub-element
 * length is checked to lie inside the element.
 */

namespace ns3
{

/**
 * AC Descriptor (RFC 5415 §4.6.1): Stations, Limit, Active WTPs, Max WTPs, Security, R-MAC
 * Field, Reserved1 (sent 0, ignored), DTLS Policy, then AC Information sub-elements
 * (Vendor Identifier 32, Type 16, Length 16 (<= 1024), Data). Length >= 12.
 */
struct CapwapAcDescriptorElement
{
    static constexpr uint16_t TYPE = static_cast<uint16_t>(CapwapElementType::AC_DESCRIPTOR); //!< 1
    static constexpr uint8_t SECURITY_S = 0x04;          //!< Security S: pre-shared secret
    static constexpr uint8_t SECURITY_X = 0x02;          //!< Security X: X.509 certificate
    static constexpr uint8_t R_MAC_SUPPORTED = 1;        //!< R-MAC Field: supported
    static constexpr uint8_t R_MAC_NOT_SUPPORTED = 2;    //!< R-MAC Field: not supported
    static constexpr uint8_t DTLS_POLICY_D = 0x04;       //!< DTLS Policy D: DTLS data channel
    static constexpr uint8_t DTLS_POLICY_C = 0x02;       //!< DTLS Policy C: clear text data channel
    static constexpr uint16_t HARDWARE_VERSION = 4;      //!< AC Information Type: Hardware Version
    static constexpr uint16_t SOFTWARE_VERSION = 5;      //!< AC Information Type: Software Version
    static constexpr std::size_t MAX_INFORMATION = 1024; //!< largest AC Information Data

    /// An AC Information sub-element.
    struct AcInformation
    {
        uint32_t vendorIdentifier{0}; //!< AC Information Vendor Identifier (0: RFC 5415 types)
        uint16_t type{0};             //!< AC Information Type
        std::string data;             //!< AC Information Data (UTF-8 for types 4 and 5)
    };

    uint16_t stations{0};                     //!< Stations: stations currently served
    uint16_t limit{0};                        //!< Limit: maximum stations supported
    uint16_t activeWtps{0};                   //!< Active WTPs
    uint16_t maxWtps{0};                      //!< Max WTPs
    uint8_t security{SECURITY_X};             //!< Security bit mask (S, X; other bits reserved)
    uint8_t rMacField{R_MAC_NOT_SUPPORTED};   //!< R-MAC Field, 1..2
    uint8_t dtlsPolicy{DTLS_POLICY_C};        //!< DTLS Policy bit mask (D, C; other bits reserved)
    std::vector<AcInformation> acInformation; //!< AC Information sub-elements, in order

    /**
     * \param type an AC Information Type
     * \return the first sub-element with Vendor Identifier 0 and that type, or nullptr
     */
    const AcInformation* FindAcInformation(uint16_t type) const;
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapAcDescriptorElement& out,
                            std::string& why);
};

/**
 * WTP Board Data (RFC 5415 §4.6.40): Vendor Identifier, then Board Data sub-elements (Type 16,
 * Length 16 (1..1024), Value). The WTP Model Number (0) and Serial Number (1) are mandatory;
 * Board ID (2), Board Revision (3) and Base MAC Address (4, EUI-48 only) are optional and
 * omitted when empty/unset. Types other than 0..4 and duplicates are rejected. Length >= 14.
 */
struct CapwapWtpBoardDataElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::WTP_BOARD_DATA); //!< 38
    static constexpr uint16_t MODEL_NUMBER = 0;                   //!< WTP Model Number
    static constexpr uint16_t SERIAL_NUMBER = 1;                  //!< WTP Serial Number
    static constexpr uint16_t BOARD_ID = 2;                       //!< Board ID
    static constexpr uint16_t BOARD_REVISION = 3;                 //!< Board Revision
    static constexpr uint16_t BASE_MAC_ADDRESS = 4;               //!< Base MAC Address
    static constexpr std::size_t MAX_VALUE = 1024;                //!< largest Board Data Value

    uint32_t vendorIdentifier{0};  //!< Vendor Identifier (IANA enterprise number)
    std::string modelNumber;       //!< WTP Model Number (mandatory, non-empty)
    std::string serialNumber;      //!< WTP Serial Number (mandatory, non-empty)
    std::string boardId;           //!< Board ID (empty: absent)
    std::string boardRevision;     //!< Board Revision (empty: absent)
    bool hasBaseMacAddress{false}; //!< whether the Base MAC Address is present
    Mac48Address baseMacAddress;   //!< Base MAC Address

    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapWtpBoardDataElement& out,
                            std::string& why);
};

/**
 * WTP Descriptor (RFC 5415 §4.6.41): Max Radios, Radios in use, Num Encrypt (1..255) and that
 * many Encryption Sub-Elements (|Resvd(3)|WBID(5)|Encryption Capabilities(16)|), then
 * Descriptor Sub-Elements (Vendor Identifier 32, Type 16, Length 16 (<= 1024), Data).
 * Length >= 33; Radios in use must not exceed Max Radios.
 */
struct CapwapWtpDescriptorElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::WTP_DESCRIPTOR); //!< 39
    static constexpr uint16_t HARDWARE_VERSION = 0;        //!< Descriptor Type: Hardware Version
    static constexpr uint16_t ACTIVE_SOFTWARE_VERSION = 1; //!< Descriptor Type: Active Software
    static constexpr uint16_t BOOT_VERSION = 2;            //!< Descriptor Type: Boot Version
    static constexpr uint16_t OTHER_SOFTWARE_VERSION = 3;  //!< Descriptor Type: Other Software
    static constexpr std::size_t MIN_LENGTH = 33;          //!< smallest Length
    static constexpr std::size_t MAX_DATA = 1024;          //!< largest Descriptor Data

    /// An Encryption Sub-Element.
    struct Encryption
    {
        uint8_t wbid{capwap::WBID_IEEE80211}; //!< WBID (5 bits)
        uint16_t encryptionCapabilities{0};   //!< Encryption Capabilities
    };

    /// A Descriptor Sub-Element.
    struct Descriptor
    {
        uint32_t vendorIdentifier{0}; //!< Descriptor Vendor Identifier
        uint16_t type{0};             //!< Descriptor Type
        std::string data;             //!< Descriptor Data (UTF-8)
    };

    uint8_t maxRadios{1};                //!< Max Radios
    uint8_t radiosInUse{1};              //!< Radios in use
    std::vector<Encryption> encryption;  //!< Encryption Sub-Elements (Num Encrypt = size)
    std::vector<Descriptor> descriptors; //!< Descriptor Sub-Elements, in order

    /**
     * \param type a Descriptor Type
     * \return the first Descriptor Sub-Element of that type, or nullptr
     */
    const Descriptor* FindDescriptor(uint16_t type) const;
    /// \return the generic element (aborts if there is no Encryption Sub-Element)
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapWtpDescriptorElement& out,
                            std::string& why);
};

/**
 * Vendor Specific Payload (RFC 5415 §4.6.39): Vendor Identifier, Element ID, Data (1..2048
 * bytes). Length 7..2054.
 */
struct CapwapVendorSpecificPayloadElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::VENDOR_SPECIFIC_PAYLOAD); //!< 37
    static constexpr std::size_t MAX_DATA = 2048;                          //!< largest Data
    uint32_t vendorIdentifier{0};                                          //!< Vendor Identifier
    uint16_t elementId{0};                                                 //!< Element ID
    std::vector<uint8_t> data;                                             //!< Data
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapVendorSpecificPayloadElement& out,
                            std::string& why);
};

} // namespace ns3

#endif /* WLC_CAPWAP_DESCRIPTOR_ELEMENTS_H */
