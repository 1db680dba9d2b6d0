/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_CAPWAP_STATE_ELEMENTS_H
#define WLC_CAPWAP_STATE_ELEMENTS_H

#include "capwap-constants.h"
#include "capwap-message-element.h"

#include "ns3/mac48-address.h"

#include <cstdint>
#include <string>

/**
 * \file
 * \ingroup wlc
 * Typed RFC 5415 message elements about stations and radio state: Add Station, Delete Station,
 * Radio Administrative State, Radio Operational State, WTP Reboot Statistics. Same conventions
 * as capwap-elements.h (which includes this header).
 */

namespace ns3
{

/**
 * Add Station (RFC 5415 §4.6.8): Radio ID, Length, MAC Address, optional VLAN Name (<= 512
 * bytes). Only EUI-48 MAC addresses (Length 6) are supported.
 */
struct CapwapAddStationElement
{
    static constexpr uint16_t TYPE = static_cast<uint16_t>(CapwapElementType::ADD_STATION); //!< 8
    static constexpr std::size_t MAX_VLAN_NAME = 512; //!< largest VLAN Name
    uint8_t radioId{1};                               //!< Radio ID, 1..31
    Mac48Address macAddress;                          //!< MAC Address of the station
    std::string vlanName;                             //!< VLAN Name (empty: none)
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapAddStationElement& out,
                            std::string& why);
};

/// Delete Station (RFC 5415 §4.6.20): Radio ID, Length (6), MAC Address. Length 8.
struct CapwapDeleteStationElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::DELETE_STATION); //!< 18
    uint8_t radioId{1};                                           //!< Radio ID, 1..31
    Mac48Address macAddress;                                      //!< MAC Address of the station
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapDeleteStationElement& out,
                            std::string& why);
};

/// Radio Administrative State (RFC 5415 §4.6.33): Radio ID (1..31, 255 = WTP), Admin State.
struct CapwapRadioAdministrativeStateElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::RADIO_ADMINISTRATIVE_STATE); //!< 31
    static constexpr uint8_t ENABLED = 1;                                     //!< Enabled
    static constexpr uint8_t DISABLED = 2;                                    //!< Disabled
    uint8_t radioId{capwap::RADIO_ID_WTP};                                    //!< Radio ID
    uint8_t adminState{ENABLED};                                              //!< Admin State, 1..2
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapRadioAdministrativeStateElement& out,
                            std::string& why);
};

/// Radio Operational State (RFC 5415 §4.6.34): Radio ID, State, Cause. Length 3.
struct CapwapRadioOperationalStateElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::RADIO_OPERATIONAL_STATE); //!< 32
    static constexpr uint8_t ENABLED = 1;                                  //!< State: Enabled
    static constexpr uint8_t DISABLED = 2;                                 //!< State: Disabled
    static constexpr uint8_t CAUSE_NORMAL = 0;                             //!< Cause: Normal
    static constexpr uint8_t CAUSE_RADIO_FAILURE = 1;                      //!< Cause: Radio Failure
    static constexpr uint8_t CAUSE_SOFTWARE_FAILURE = 2;     //!< Cause: Software Failure
    static constexpr uint8_t CAUSE_ADMINISTRATIVELY_SET = 3; //!< Cause: Administratively Set
    uint8_t radioId{1};                                      //!< Radio ID, 1..31
    uint8_t state{ENABLED};                                  //!< State, 1..2
    uint8_t cause{CAUSE_NORMAL};                             //!< Cause, 0..3
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapRadioOperationalStateElement& out,
                            std::string& why);
};

/// WTP Reboot Statistics (RFC 5415 §4.6.47): seven 16-bit counters, Last Failure Type. Length 15.
struct CapwapWtpRebootStatisticsElement
{
    static constexpr uint16_t TYPE =
        static_cast<uint16_t>(CapwapElementType::WTP_REBOOT_STATISTICS); //!< 48
    static constexpr uint8_t NOT_SUPPORTED = 0;    //!< Last Failure Type: Not Supported
    static constexpr uint8_t AC_INITIATED = 1;     //!< Last Failure Type: AC Initiated
    static constexpr uint8_t LINK_FAILURE = 2;     //!< Last Failure Type: Link Failure
    static constexpr uint8_t SOFTWARE_FAILURE = 3; //!< Last Failure Type: Software Failure
    static constexpr uint8_t HARDWARE_FAILURE = 4; //!< Last Failure Type: Hardware Failure
    static constexpr uint8_t OTHER_FAILURE = 5;    //!< Last Failure Type: Other Failure
    static constexpr uint8_t UNKNOWN = 255;        //!< Last Failure Type: Unknown
    uint16_t rebootCount{0};                       //!< Reboot Count
    uint16_t acInitiatedCount{0};                  //!< AC Initiated Count
    uint16_t linkFailureCount{0};                  //!< Link Failure Count
    uint16_t swFailureCount{0};                    //!< SW Failure Count
    uint16_t hwFailureCount{0};                    //!< HW Failure Count
    uint16_t otherFailureCount{0};                 //!< Other Failure Count
    uint16_t unknownFailureCount{0};               //!< Unknown Failure Count
    uint8_t lastFailureType{NOT_SUPPORTED};        //!< Last Failure Type
    /// \return the generic element
    CapwapMessageElement ToElement() const;
    /// \param e element \param out result \param why reason on failure \return true if valid
    static bool FromElement(const CapwapMessageElement& e,
                            CapwapWtpRebootStatisticsElement& out,
                            std::string& why);
};

} // namespace ns3

#endif /* WLC_CAPWAP_STATE_ELEMENTS_H */
